/**
 * Prints one closing line in the plain form CI tools read ("jest: N passed, N failed, N skipped"),
 * after the time each spec file took, slowest first (the CI budget is 45 minutes in all).
 * Jest's own summary stays as it is.
 */
class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir
    this.durations = []
  }

  onTestResult(_test, result) {
    const { start, end } = result.perfStats
    const file = result.testFilePath.replace(`${this.rootDir}/`, '')
    this.durations.push({ file, seconds: (end - start) / 1000 })
  }

  onRunComplete(_contexts, results) {
    const lines = this.durations
      .sort((a, b) => b.seconds - a.seconds)
      .map(({ file, seconds }) => `${seconds.toFixed(1).padStart(7)} s  ${file}`)
    const total = this.durations.reduce((sum, { seconds }) => sum + seconds, 0)
    console.log(`\nTime per spec file (${total.toFixed(0)} s in all):\n${lines.join('\n')}`)
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const failed = numFailedTests + results.numRuntimeErrorTestSuites
    console.log(
      `\njest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`,
    )
  }
}

module.exports = SummaryReporter
