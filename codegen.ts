// graphql-codegen: typed documents for the operations under client/operations, against the composed API schema
// (gateway/api-schema.graphql, written by `npm run compose`). `npm run codegen` writes client/generated/; a test fails
// when the generated code is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'gateway/api-schema.graphql',
  documents: ['client/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Money: 'string', LocalDate: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
      },
    },
  },
  hooks: {},
};

export default config;
