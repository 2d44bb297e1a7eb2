// Harvests the hub with the `oai-pmh` client library (npm), as an aggregator would, and prints
// what it got as JSON. Run with plain Node: the library loads itself through the `esm` package.
const { OaiPmh } = require('oai-pmh')

async function main() {
  const [baseUrl, set, identifier] = process.argv.slice(2)
  const client = new OaiPmh(baseUrl)
  const identify = await client.identify()
  const records = []
  for await (const record of client.listRecords({ metadataPrefix: 'oai_dc', set })) {
    records.push(record)
  }
  const headers = []
  for await (const header of client.listIdentifiers({ metadataPrefix: 'oai_dc', set })) {
    headers.push(header)
  }
  const single = identifier ? await client.getRecord(identifier, 'oai_dc') : null
  const sets = []
  for await (const entry of client.listSets()) sets.push(entry)
  process.stdout.write(JSON.stringify({ identify, records, headers, single, sets }))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
