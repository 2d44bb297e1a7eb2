import type { AfterErrorHook } from 'payload'

/**
 * Payload's GraphQL handler hides the message of an internal error but still sends the error's
 * class (`extensions.name`, e.g. `MongoServerError`) and its `data`, which tell an attacker what
 * runs behind the API. Internal errors leave as REST sends them: "Something went wrong."
 */
export const maskInternalGraphqlErrors: AfterErrorHook = ({ graphqlResult }) => {
  if (!graphqlResult) return
  const status = Number(graphqlResult.extensions?.statusCode ?? 500)
  if (status < 500) return
  return {
    graphqlResult: {
      ...graphqlResult,
      message: 'Something went wrong.',
      extensions: { statusCode: status },
    },
  }
}
