// JSON passes values through; DateTime serializes Dates as RFC 3339.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalValue(f.value)]));
    default:
      throw new GraphQLError('JSON literals cannot contain variables.');
  }
}

export const JSON = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => String(value),
  parseLiteral: (node) => (node.kind === Kind.STRING ? node.value : null),
});

function intOrString(value: unknown): number | string {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return value;
  throw new GraphQLError(`IntOrString: expected an integer or a string, got ${typeof value}`);
}

export const IntOrString = new GraphQLScalarType({
  name: 'IntOrString',
  serialize: intOrString,
  parseValue: intOrString,
  parseLiteral: (node) => {
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.STRING) return node.value;
    throw new GraphQLError('IntOrString: expected an integer or a string literal.');
  },
});
