import path from 'node:path'

/** Where the embedded services keep their state. Both folders are git-ignored. */
export function projectPaths(root = process.cwd()) {
  return {
    root,
    dataDir: path.resolve(root, process.env.WISSENSHUB_DATA_DIR || '.data'),
    toolsDir: path.join(root, '.tools'),
  }
}
