/**
 * ESLint rules for hf's tests: a test must be able to fail. Each rule finds one
 * way a test passes whatever the code does (run by `npm run lint`, tested in
 * tests/architecture/tests-can-fail.test.ts). That every test makes at least
 * one assertion is checked at run time (`expect.requireAssertions` in
 * vitest.config.ts).
 */

/** Vitest's snapshot matchers write the expected value when it is missing, so a missing one passes. */
const SNAPSHOT_MATCHERS = new Set(['toMatchSnapshot', 'toMatchFileSnapshot', 'toMatchInlineSnapshot', 'toThrowErrorMatchingSnapshot', 'toThrowErrorMatchingInlineSnapshot']);

const isFunction = (node) => node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression' || node?.type === 'FunctionDeclaration';
const isLiteral = (node, value) => node?.type === 'Literal' && (value === undefined || node.value === value);
const isUndefined = (node) => node?.type === 'Identifier' && node.name === 'undefined';

/** `expect(…)` itself (not `expect.soft`, not a matcher call). */
const isExpectCall = (node) => node?.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'expect';

/** For `expect(a).not.toBe(b)`: the matcher call, its name and the `expect(a)` call. */
function matcherOf(node) {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.property.type !== 'Identifier') return undefined;
  let object = node.callee.object;
  let negated = false;
  if (object.type === 'MemberExpression' && object.property.type === 'Identifier' && ['not', 'resolves', 'rejects'].includes(object.property.name)) {
    negated = object.property.name === 'not';
    object = object.object;
  }
  return isExpectCall(object) ? { name: node.callee.property.name, expectCall: object, negated } : undefined;
}

/** Whether the text of `node` calls an assertion (`expect…(`, `assert…(`). */
const asserts = (sourceCode, node) => /\b(expect\w*|assert\w*)\s*(<[^>]*>)?\(/.test(sourceCode.getText(node));

/** `rows` for `rows`, `rows.slice(1)` and `a.rows.map(f)`; undefined when the list comes from calling a function. */
function rootName(node) {
  let n = node;
  for (;;) {
    if (n.type === 'Identifier') return n.name;
    if (n.type === 'MemberExpression') n = n.object;
    else if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') n = n.callee.object;
    else if (n.type === 'TSNonNullExpression') n = n.expression;
    else return undefined;
  }
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The other statements of the block `node` stands in. */
function siblingStatements(node) {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'BlockStatement' || parent.type === 'Program') return parent.body.filter((s) => s !== child);
    if (isFunction(parent)) return [];
  }
  return [];
}

const noSelfWritingSnapshot = {
  meta: {
    type: 'problem',
    docs: { description: 'Snapshot matchers write a missing snapshot and pass; use expectGolden (tests/helpers/golden.ts)' },
    messages: { snapshot: '`{{name}}` writes the expected value when it is missing, so the test passes; use expectGolden from tests/helpers/golden.ts (a missing golden fails, UPDATE_GOLDEN=1 writes it).' },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (node.property.type === 'Identifier' && SNAPSHOT_MATCHERS.has(node.property.name)) context.report({ node: node.property, messageId: 'snapshot', data: { name: node.property.name } });
      },
    };
  },
};

const noVacuousAssertion = {
  meta: {
    type: 'problem',
    docs: { description: 'Assertions that hold whatever the code does' },
    messages: {
      constant: 'This asserts a constant: it holds whatever the code does.',
      orTrue: '`{{op}} {{value}}` makes this assertion hold whatever the code does.',
      emptyEvery: '`every` is true for an empty list, so this holds when `{{list}}` is empty; assert also what it holds (or that it is not empty).',
      emptyLoop: 'The assertions in this loop never run when the filter keeps nothing; assert first how many (or that some) there are.',
      lengthAtLeastZero: 'A length is always at least 0.',
      catchOnly: 'This assertion only runs when the code throws: a test whose code does not throw passes. Use `expect(() => …).toThrow(…)` or end the try block with `expect.unreachable()`.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      CallExpression(node) {
        if (isExpectCall(node)) {
          const [actual] = node.arguments;
          if (actual && (actual.type === 'Literal' || isUndefined(actual))) context.report({ node: actual, messageId: 'constant' });
          // `… || true`, `… ?? true`, `… && false` anywhere inside the value asserted on.
          const visit = (n) => {
            if (!n || typeof n.type !== 'string') return;
            if (n.type === 'LogicalExpression') {
              for (const side of [n.left, n.right]) {
                if (((n.operator === '||' || n.operator === '??') && isLiteral(side, true)) || (n.operator === '&&' && isLiteral(side, false))) context.report({ node: n, messageId: 'orTrue', data: { op: n.operator, value: String(side.value) } });
              }
            }
            for (const [key, value] of Object.entries(n)) {
              if (key === 'parent') continue;
              if (Array.isArray(value)) value.forEach(visit);
              else if (value && typeof value.type === 'string') visit(value);
            }
          };
          if (actual) visit(actual);
          return;
        }
        const matcher = matcherOf(node);
        if (!matcher) return;
        const [actual] = matcher.expectCall.arguments;
        const [expected] = node.arguments;
        // expect(list.every(…)).toBe(true) with nothing else asserted about `list`.
        const truthy = !matcher.negated && (matcher.name === 'toBeTruthy' || (['toBe', 'toEqual', 'toStrictEqual'].includes(matcher.name) && isLiteral(expected, true)));
        if (truthy && actual?.type === 'CallExpression' && actual.callee.type === 'MemberExpression' && actual.callee.property.type === 'Identifier' && actual.callee.property.name === 'every') {
          const list = sourceCode.getText(actual.callee.object);
          const name = rootName(actual.callee.object) ?? list;
          const seen = siblingStatements(node).some((s) => asserts(sourceCode, s) && new RegExp(`(^|[^\\w.])${escapeRegExp(name)}\\b`).test(sourceCode.getText(s)));
          if (!seen) context.report({ node: actual.callee.property, messageId: 'emptyEvery', data: { list: list.length > 40 ? `${list.slice(0, 37)}…` : list } });
        }
        if (matcher.name === 'toBeGreaterThanOrEqual' && isLiteral(expected, 0) && actual?.type === 'MemberExpression' && actual.property.type === 'Identifier' && actual.property.name === 'length') {
          context.report({ node, messageId: 'lengthAtLeastZero' });
        }
      },
      // for (const x of list.filter(…)) expect(…) — and list.filter(…).forEach(x => expect(…)).
      ForOfStatement(node) {
        const iterated = node.right;
        if (iterated.type === 'CallExpression' && iterated.callee.type === 'MemberExpression' && iterated.callee.property.name === 'filter' && asserts(sourceCode, node.body)) {
          context.report({ node: iterated, messageId: 'emptyLoop' });
        }
      },
      'CallExpression[callee.property.name="forEach"]'(node) {
        const list = node.callee.object;
        if (list.type === 'CallExpression' && list.callee.type === 'MemberExpression' && list.callee.property.name === 'filter' && node.arguments[0] && asserts(sourceCode, node.arguments[0])) {
          context.report({ node: list, messageId: 'emptyLoop' });
        }
      },
      // try { code() } catch (e) { expect(e)… } passes when code() does not throw.
      TryStatement(node) {
        if (!node.handler || !asserts(sourceCode, node.handler.body)) return;
        const body = node.block.body;
        const last = body[body.length - 1];
        const endsInFailure = last && (last.type === 'ThrowStatement' || /\bexpect\.unreachable\(|\bexpect\.fail\(|\bassert\.fail\(/.test(sourceCode.getText(last)));
        if (!endsInFailure) context.report({ node: node.handler, messageId: 'catchOnly' });
      },
    };
  },
};

const noEarlyReturnInProperty = {
  meta: {
    type: 'problem',
    docs: { description: 'An early return in a property skips its assertions for those inputs' },
    messages: { early: 'This return passes the property for these inputs without checking anything; assert what should hold for them instead (or use fc.pre(…) for inputs outside the property).' },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    /** A return after an assertion in the same block has checked these inputs. */
    const afterAssertion = (node) => node.parent.type === 'BlockStatement' && node.parent.body.slice(0, node.parent.body.indexOf(node)).some((s) => asserts(sourceCode, s));
    /** The property counts the inputs it checks (`taken++`) and the test asserts the count (`expect(taken)…`). */
    const counted = (fn) => {
      const counters = [...sourceCode.getText(fn.body).matchAll(/\b(\w+)\s*(\+\+|\+=)/g)].map((m) => m[1]);
      let test = fn.parent;
      while (test && !(isFunction(test) && test.parent?.type === 'CallExpression' && ['it', 'test'].includes(test.parent.callee.name))) test = test.parent;
      return !!test && counters.some((c) => new RegExp(`\\bexpect\\(${c}\\b`).test(sourceCode.getText(test.body)));
    };
    const isProperty = (node) =>
      node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && node.callee.object.name === 'fc' && ['property', 'asyncProperty'].includes(node.callee.property.name);
    return {
      ReturnStatement(node) {
        if (node.argument && !isLiteral(node.argument, true) && !isUndefined(node.argument)) return;
        let fn = node.parent;
        while (fn && !isFunction(fn)) fn = fn.parent;
        if (!fn || !fn.parent || !isProperty(fn.parent) || fn.parent.arguments[fn.parent.arguments.length - 1] !== fn) return;
        if (afterAssertion(node) || counted(fn)) return;
        context.report({ node, messageId: 'early' });
      },
    };
  },
};

const noSkippedTest = {
  meta: {
    type: 'problem',
    docs: { description: 'Skipped, focused and unwritten tests' },
    messages: { skipped: '`{{name}}.{{how}}` leaves tests out of the run; every test runs (a test that cannot run here fails with the reason).' },
    schema: [],
  },
  create(context) {
    const LEFT_OUT = new Set(['skip', 'only', 'todo', 'skipIf', 'runIf', 'fails']);
    return {
      MemberExpression(node) {
        if (node.object.type === 'Identifier' && ['it', 'test', 'describe', 'bench'].includes(node.object.name) && node.property.type === 'Identifier' && LEFT_OUT.has(node.property.name)) {
          context.report({ node, messageId: 'skipped', data: { name: node.object.name, how: node.property.name } });
        }
      },
    };
  },
};

export default {
  meta: { name: 'hf-tests' },
  rules: {
    'no-self-writing-snapshot': noSelfWritingSnapshot,
    'no-vacuous-assertion': noVacuousAssertion,
    'no-early-return-in-property': noEarlyReturnInProperty,
    'no-skipped-test': noSkippedTest,
  },
};
