// An OpenID provider for Verme's tests: panva's oidc-provider (OpenID Certified), configured as an
// organisation's identity provider would be for Verme. RealProviderLoginTest starts it with Node on a free
// loopback port and stops it afterwards. Everything it needs comes from the environment:
//
//   CLIENT_ID, CLIENT_SECRET        Verme's registration at this provider (a confidential web client)
//   REDIRECT_URIS                   space-separated: https://<verme>/login/oauth2/code/<registrationId>, …
//   POST_LOGOUT_REDIRECT_URIS       space-separated: where the provider may send the browser after logout
//   ACCOUNTS                        JSON {"<login>": {"email": "…"}}: the claims of the provider's people;
//                                   any other login signs in too, with its login as its subject and no e-mail
//   CLOCK_OFFSET                    seconds this provider's clock is off (0); -1200 makes every ID token it
//                                   issues (valid for ten minutes) expired by the time Verme reads it
//
// It listens on 127.0.0.1 and a port the system chooses, and prints one line when it is ready:
// "oidc-provider listening at http://127.0.0.1:<port>" (the issuer). Every start makes a new signing key,
// so two instances never trust each other's tokens.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const env = (name) => {
  const value = process.env[name];
  if (value === undefined || value === '') {
    console.error(`provider.js: ${name} is not set`);
    process.exit(2);
  }
  return value;
};

const clientId = env('CLIENT_ID');
const clientSecret = env('CLIENT_SECRET');
const redirectUris = env('REDIRECT_URIS').split(/\s+/);
const postLogoutRedirectUris = env('POST_LOGOUT_REDIRECT_URIS').split(/\s+/);
const accounts = JSON.parse(process.env.ACCOUNTS || '{}');
const clockOffset = Number(process.env.CLOCK_OFFSET || 0) * 1000;
if (clockOffset !== 0) {
  const now = Date.now;
  Date.now = () => now() + clockOffset;
}

const signingKey = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: randomBytes(8).toString('hex'),
  use: 'sig',
  alg: 'RS256',
};

const configuration = {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    client_name: 'Verme',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    redirect_uris: redirectUris,
    post_logout_redirect_uris: postLogoutRedirectUris,
  }],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  // An ID token is read once, at sign-in.
  ttl: { IdToken: 600 },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // Every authorization request must carry a PKCE challenge (S256), even from a confidential client.
  pkce: { required: () => true },
  features: {
    // The library's own login form (any password): the tests drive it in the browser as a person would.
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  async findAccount(ctx, sub) {
    const known = accounts[sub];
    return {
      accountId: sub,
      async claims() {
        return known
          ? { sub, email: known.email, email_verified: true, name: known.name ?? sub }
          : { sub, name: sub };
      },
    };
  },
  // Verme is a first-party application of the organisation: consent is given by the organisation's
  // administrator once, not asked of each person (the library's documented recipe for loadExistingGrant).
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
};

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());
  console.log(`oidc-provider listening at ${issuer}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections(); // browsers keep connections open; do not wait for them
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
