// eslint-doc-generator (npm run docs writes, npm test checks): the header of each docs/rules/*.md
// page and the rules and configs lists in README.md. It finds rules through the plugin's default
// export (dist/), so a new rule needs only its page under docs/rules/.
/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleDocNotices: ['deprecated', 'configs', 'hasSuggestions', 'fixable', 'requiresTypeChecking', 'options'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'hasSuggestions', 'requiresTypeChecking', 'options'],
};
