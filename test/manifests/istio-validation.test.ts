import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFail, ingestOk, yamlText } from './helpers.js';

const VERSIONS = ['networking.istio.io/v1alpha3', 'networking.istio.io/v1beta1', 'networking.istio.io/v1'];

function virtualService(spec: string[], apiVersion = 'networking.istio.io/v1'): string {
  return yamlText(`apiVersion: ${apiVersion}`, 'kind: VirtualService', 'metadata: {name: vs, namespace: shop}', 'spec:', ...spec);
}

function problemsOf(text: string): string[] {
  return ingestFail([{ name: 'istio.yaml', content: text }]).problems.map((p) => `${p.line}:${p.column} ${p.fieldPath} ${p.code}: ${p.message}`);
}

describe('structural validation of Istio kinds', () => {
  for (const apiVersion of VERSIONS) {
    test(`VirtualService field types are checked in ${apiVersion}`, () => {
      const text = virtualService([
        '  hosts: reviews',
        '  http:',
        '  - match:',
        '    - uri: {prefix: /a, exact: /a}',
        '    - uri: {}',
        '      port: 0',
        '    route:',
        '    - destination: {subset: v1}',
        '      weight: 150',
        '    - destination: {host: r, port: {number: 99999}}',
        '      weight: 2.5',
      ], apiVersion);
      assert.deepEqual(problemsOf(text), [
        '5:3 spec.hosts invalid-field: must be a list of strings',
        '8:7 spec.http[0].match[0].uri invalid-field: must set exactly one of exact, prefix, regex',
        '9:7 spec.http[0].match[1].uri invalid-field: must set exactly one of exact, prefix, regex',
        '10:7 spec.http[0].match[1].port invalid-field: must be an integer port number 1..65535',
        '12:7 spec.http[0].route[0].destination.host missing-field: is required',
        '13:7 spec.http[0].route[0].weight invalid-field: must be an integer 0..100',
        '14:37 spec.http[0].route[1].destination.port.number invalid-field: must be an integer port number 1..65535',
        '15:7 spec.http[0].route[1].weight invalid-field: must be an integer 0..100',
      ]);
    });
  }

  test('VirtualService: http, match and route must be lists; headers a map of string matches', () => {
    const text = virtualService(['  hosts: [a]', '  http:', '  - match: {uri: {exact: /}}', '    route: {destination: {host: a}}', '  - match:', '    - headers: {x-a: {exact: 1}}']);
    assert.deepEqual(problemsOf(text), [
      '7:5 spec.http[0].match invalid-field: must be a list',
      '8:5 spec.http[0].route invalid-field: must be a list',
      '10:23 spec.http[1].match[0].headers.x-a.exact invalid-field: must be a string',
    ]);
  });

  test('R4.1.1: an HTTP route with route and redirect, or route and directResponse, is refused', () => {
    const text = virtualService([
      '  hosts: [a]',
      '  http:',
      '  - route: [{destination: {host: a}}]',
      '    redirect: {uri: /b}',
      '  - route: [{destination: {host: a}}]',
      '    directResponse: {status: 503}',
    ]);
    assert.deepEqual(problemsOf(text), [
      '8:5 spec.http[0].redirect route-conflict: cannot be set together with route (Istio rejects it)',
      '10:5 spec.http[1].directResponse route-conflict: cannot be set together with route (Istio rejects it)',
    ]);
  });

  test('R4.2.2: several destinations whose weights are all 0 are refused; one destination without weight is fine', () => {
    const text = virtualService([
      '  hosts: [a]',
      '  http:',
      '  - route:',
      '    - {destination: {host: a, subset: v1}, weight: 0}',
      '    - {destination: {host: a, subset: v2}}',
      '  - route:',
      '    - destination: {host: a}',
      '  tcp:',
      '  - route: [{destination: {host: a}, weight: 0}, {destination: {host: b}, weight: 0}]',
    ]);
    assert.deepEqual(problemsOf(text), [
      '7:5 spec.http[0].route zero-total-weight: total destination weight = 0: at least one destination needs a weight above 0',
      '13:5 spec.tcp[0].route zero-total-weight: total destination weight = 0: at least one destination needs a weight above 0',
    ]);
  });

  test('R4.1.1: redirect with directResponse, fault with redirect, mirror with mirrors are refused', () => {
    const text = virtualService([
      '  hosts: [a]',
      '  http:',
      '  - redirect: {uri: /b}',
      '    directResponse: {status: 404}',
      '  - redirect: {uri: /c}',
      '    fault: {abort: {httpStatus: 500}}',
      '  - route: [{destination: {host: a}}]',
      '    mirror: {host: b}',
      '    mirrors: [{destination: {host: c}}]',
    ]);
    assert.deepEqual(problemsOf(text), [
      '8:5 spec.http[0].directResponse route-conflict: cannot be set together with redirect (Istio rejects it)',
      '9:5 spec.http[1].redirect route-conflict: cannot be set together with fault (Istio rejects it)',
      '13:5 spec.http[2].mirrors route-conflict: cannot be set together with mirror (Istio rejects it)',
    ]);
  });

  test('R5.1.1: "*" as a mirror or TLS destination host is refused', () => {
    const text = virtualService(['  hosts: [a]', '  http:', '  - route: [{destination: {host: a}}]', '    mirror: {host: "*"}', '  tls:', '  - match: [{sniHosts: [a]}]', '    route: [{destination: {host: "*"}}]']);
    assert.deepEqual(problemsOf(text).map((p) => p.split(' ').slice(0, 3).join(' ')), [
      '8:14 spec.http[0].mirror.host wildcard-destination:',
      '11:28 spec.tls[0].route[0].destination.host wildcard-destination:',
    ]);
  });

  test('R5.1.1: "*" as a destination host is refused', () => {
    const text = virtualService(['  hosts: ["*"]', '  http:', '  - route:', '    - destination:', '        host: "*"']);
    assert.deepEqual(problemsOf(text), ['9:9 spec.http[0].route[0].destination.host wildcard-destination: "*" is not a valid destination host; name one service']);
  });

  test('DestinationRule, Gateway, ServiceEntry, Sidecar field types', () => {
    const text = yamlText(
      'apiVersion: networking.istio.io/v1beta1', 'kind: DestinationRule', 'metadata: {name: dr}', 'spec:', '  subsets:', '  - labels: {version: v1}',
      '---',
      'apiVersion: networking.istio.io/v1alpha3', 'kind: Gateway', 'metadata: {name: gw}', 'spec:', '  selector: {istio: ingressgateway}', '  servers:', '  - port: {number: 80, protocol: HTTP}', '    hosts: "*"',
      '---',
      'apiVersion: networking.istio.io/v1', 'kind: ServiceEntry', 'metadata: {name: se}', 'spec:', '  hosts: [api.example.com]', '  ports: [{number: 443, name: https, protocol: TLS}]', '  endpoints: [{address: 1.2.3.4, ports: {https: 0}}]',
      '---',
      'apiVersion: networking.istio.io/v1', 'kind: Sidecar', 'metadata: {name: default}', 'spec:', '  egress: [{port: {number: 9080}}]',
    );
    assert.deepEqual(problemsOf(text), [
      '4:1 spec.host missing-field: is required',
      '6:5 spec.subsets[0].name missing-field: is required',
      '15:5 spec.servers[0].hosts invalid-field: must be a list of strings',
      '23:42 spec.endpoints[0].ports.https invalid-field: must be an integer port number 1..65535',
      '29:12 spec.egress[0].hosts missing-field: is required',
    ]);
  });

  test('Istio kinds in other API groups or versions are not validated, only stored with a warning', () => {
    const text = yamlText('apiVersion: networking.istio.io/v2', 'kind: VirtualService', 'metadata: {name: future}', 'spec: {hosts: 7}');
    const result = ingestOk([{ name: 'v2.yaml', content: text }]);
    assert.equal(result.warnings[0].code, 'not-interpreted');
    assert.match(result.warnings[0].message, /the engine reads VirtualService in networking.istio.io\/v1, networking.istio.io\/v1beta1, networking.istio.io\/v1alpha3/);
  });
});

describe('RE2 regex fields of VirtualServices', () => {
  test('every regex field is compiled as RE2; an invalid one names its field path', () => {
    const text = virtualService([
      '  hosts: [a]',
      '  http:',
      '  - match:',
      '    - uri: {regex: "/api/(v1"}',
      '      authority: {regex: "a**"}',
      '      scheme: {regex: "(?=http)"}',
      '      method: {regex: "GET|HEAD"}',
      '    - headers: {x-user: {regex: "[z-a]"}}',
      '      withoutHeaders: {x-debug: {regex: "("}}',
      '      queryParams: {q: {regex: "\\\\"}}',
      '    corsPolicy: {allowOrigins: [{exact: "https://a"}, {regex: "*.example.com"}]}',
      '    rewrite: {uriRegexRewrite: {match: "^/old/(.*", rewrite: "/new/\\\\1"}}',
      '    route: [{destination: {host: a}}]',
    ]);
    const problems = ingestFail([{ name: 're.yaml', content: text }]).problems;
    assert.deepEqual(problems.map((p) => [p.code, p.line, p.fieldPath]), [
      ['invalid-regex', 8, 'spec.http[0].match[0].uri.regex'],
      ['invalid-regex', 9, 'spec.http[0].match[0].authority.regex'],
      ['invalid-regex', 10, 'spec.http[0].match[0].scheme.regex'],
      ['invalid-regex', 12, 'spec.http[0].match[1].headers.x-user.regex'],
      ['invalid-regex', 13, 'spec.http[0].match[1].withoutHeaders.x-debug.regex'],
      ['invalid-regex', 14, 'spec.http[0].match[1].queryParams.q.regex'],
      ['invalid-regex', 15, 'spec.http[0].corsPolicy.allowOrigins[1].regex'],
      ['invalid-regex', 16, 'spec.http[0].rewrite.uriRegexRewrite.match'],
    ]);
    assert.equal(problems[0].message, 'not a valid RE2 regular expression (error parsing regexp: missing closing ): `/api/(v1`)');
    assert.equal(problems[0].object, 'VirtualService shop/vs');
    assert.equal(problems[0].file, 're.yaml');
    assert.equal(problems[0].column, 13);
  });

  test('R3.3.2: `regex: "*"` in headers, withoutHeaders and queryParams means presence and is accepted', () => {
    const text = virtualService([
      '  hosts: [a]',
      '  http:',
      '  - match:',
      '    - headers: {x-user: {regex: "*"}, x-empty: {}}',
      '      withoutHeaders: {x-debug: {regex: "*"}}',
      '      queryParams: {q: {regex: "*"}}',
      '      uri: {regex: "/users/[a-z0-9-]{3,32}"}',
      '    route: [{destination: {host: a}}]',
    ]);
    assert.equal(ingestOk([{ name: 'presence.yaml', content: text }]).resources.length, 1);
  });

  test('`regex: "*"` for uri is not a presence match and is refused', () => {
    const text = virtualService(['  hosts: [a]', '  http:', '  - match: [{uri: {regex: "*"}}]', '    route: [{destination: {host: a}}]']);
    assert.deepEqual(problemsOf(text), ['7:20 spec.http[0].match[0].uri.regex invalid-regex: not a valid RE2 regular expression (error parsing regexp: missing argument to repetition operator: `*`)']);
  });
});
