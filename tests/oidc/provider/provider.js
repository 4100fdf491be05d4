// A real OpenID Connect provider (panva's oidc-provider) on loopback, for the sign-in tests.
//
//   node provider.js PORT ACCOUNTS_FILE
//
// ACCOUNTS_FILE is JSON, re-read on every lookup so a test can disable an
// account or change its groups while the provider runs:
//   {"accounts": {"alice": {"password": "…", "email": "…", "name": "…",
//                           "groups": ["…"], "disabled": false}},
//    "id_token_ttl": 3600}
// Accounts are keyed by their subject; the login form takes the subject.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import Provider, { interactionPolicy } from 'oidc-provider';

const [port, accountsFile] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const state = () => JSON.parse(readFileSync(accountsFile, 'utf8'));
const account = (sub) => {
  const found = state().accounts[sub];
  return found && !found.disabled ? found : undefined;
};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };

// An account disabled while its provider session lives must sign in again: with
// prompt=none that is login_required, as a real provider answers for a leaver.
const policy = interactionPolicy.base();
policy.get('login').checks.add(new interactionPolicy.Check(
  'account_gone',
  'the account is no longer available',
  'login_required',
  (ctx) => Boolean(ctx.oidc.session.accountId && !ctx.oidc.account),
));

// The site's client, and another application of the same provider (for the audience test).
const client = (clientId) => ({
  client_id: clientId,
  client_secret: `${clientId}-secret`,
  grant_types: ['authorization_code'],
  response_types: ['code'],
  redirect_uris: ['http://testserver/oidc/callback/'],
  post_logout_redirect_uris: ['http://testserver/login/'],
  token_endpoint_auth_method: 'client_secret_post',
  id_token_signed_response_alg: 'RS256',
});

const provider = new Provider(issuer, {
  clients: [client('better-together'), client('another-app')],
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    // Entra ID sends groups when the app registration asks for them, with no scope of their own.
    profile: ['name', 'groups'],
  },
  // As configured by default (conformIdTokenClaims), the ID token carries the subject and
  // the claims go to the userinfo endpoint, as Keycloak and most providers do.
  interactions: { policy },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  ttl: {
    IdToken: () => state().id_token_ttl || 3600,
    AccessToken: 3600,
    AuthorizationCode: 600,
    Interaction: 3600,
    Session: 3600,
    Grant: 3600,
  },
  async findAccount(ctx, sub) {
    const found = account(sub);
    if (!found) return undefined;
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          email: found.email,
          email_verified: true,
          name: found.name,
          groups: found.groups || [],
        };
      },
    };
  },
  // First-party application: staff are never asked to consent (as an admin-consented Entra app).
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

// Test clients run on loopback on any port (Django's live server) or as "testserver".
const localRedirect = /^http:\/\/(testserver|localhost|127\.0\.0\.1|[a-z-]+\.localhost)(:\d+)?\//;
provider.Client.prototype.redirectUriAllowed = (uri) => localRedirect.test(uri) && uri.endsWith('/oidc/callback/');
provider.Client.prototype.postLogoutRedirectUriAllowed = (uri) => localRedirect.test(uri);

// The login form's answer: a wrong password shows the form again; a disabled or
// unknown account is refused back to the site with access_denied.
provider.use(async (ctx, next) => {
  const match = ctx.method === 'POST' && ctx.path.match(/^\/interaction\/([^/]+)$/);
  if (!match) return next();
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  const form = new URLSearchParams(body);
  const sub = form.get('login');
  const found = state().accounts[sub];
  ctx.respond = false;
  if (found && !found.disabled && found.password !== form.get('password')) {
    ctx.res.statusCode = 303;
    ctx.res.setHeader('Location', `/interaction/${match[1]}`);
    ctx.res.end();
    return undefined;
  }
  const result = found && !found.disabled
    ? { login: { accountId: sub } }
    : { error: 'access_denied', error_description: 'This account is disabled.' };
  return provider.interactionFinished(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
});

provider.on('server_error', (ctx, error) => console.error(error));

provider.listen(Number(port), '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}`);
});
