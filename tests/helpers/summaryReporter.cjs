/**
 * Prints one closing line in the plain form CI tools read ("jest: N passed, N failed, N skipped").
 * Jest's own summary stays as it is.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const failed = numFailedTests + results.numRuntimeErrorTestSuites
    console.log(
      `\njest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`,
    )
  }
}

module.exports = SummaryReporter
