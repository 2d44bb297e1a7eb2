import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/** Selection levels a GraphQL query may nest; Payload's complexity limit counts fields only. */
export const GRAPHQL_MAX_DEPTH = 15

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      // A fragment cycle is reported by GraphQL's own rules; it must not recurse here.
      if (!fragment || visiting.has(name)) continue
      visiting.add(name)
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting))
      visiting.delete(name)
    }
  }
  return deepest
}

/** A validation rule refusing queries nested deeper than `maxDepth` (graphql-http answers 400). */
export const graphqlDepthLimit =
  (maxDepth = GRAPHQL_MAX_DEPTH) =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition)
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; at most ${maxDepth} are allowed. Ask for fewer nested relationships, or follow them with separate queries.`,
              { nodes: [node] },
            ),
          )
        }
      },
    }
  }
