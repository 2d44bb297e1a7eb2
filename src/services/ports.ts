import net from 'node:net'

export class PortTakenError extends Error {
  constructor(
    readonly port: number,
    readonly service: string,
    readonly envVariable: string,
  ) {
    super(
      `Port ${port} for ${service} is already in use. Stop whatever listens there ` +
        `(\`ss -ltnp 'sport = :${port}'\` shows it) or choose another port with ${envVariable}=<port>.`,
    )
    this.name = 'PortTakenError'
  }
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

export async function assertPortFree(port: number, service: string, envVariable: string) {
  if (!(await isPortFree(port))) throw new PortTakenError(port, service, envVariable)
}

/** A port the OS has just handed out; good enough for throw-away test servers. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
