// The gateway authenticates every request once: a partner API key (`x-api-key`), a staff or citizen identity token
// (`Authorization: Bearer`), or nobody (anonymous). Bad, expired or revoked credentials are refused with HTTP 401;
// they never fall back to anonymous.
import { GraphQLError } from 'graphql';
import { ANONYMOUS, type Principal } from '../shared/auth/principal';
import { verifyIdentityToken, type IdentityConfig } from '../shared/auth/identity-tokens';
import type { ApiKeyVerifier } from './api-key-verifier';

export function authenticationFailed(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export async function authenticate(
  headers: { get(name: string): string | undefined | null },
  identity: IdentityConfig,
  apiKeys: ApiKeyVerifier,
): Promise<Principal> {
  const apiKey = headers.get('x-api-key');
  const authorization = headers.get('authorization');
  if (apiKey && authorization) throw authenticationFailed('Send either an API key or a bearer token, not both');
  if (apiKey) {
    const partner = await apiKeys.verify(apiKey.trim());
    if (!partner) throw authenticationFailed('The API key is not valid, has expired or was revoked');
    return partner;
  }
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw authenticationFailed('The Authorization header must be "Bearer <token>"');
    try {
      return await verifyIdentityToken(match[1], identity);
    } catch {
      throw authenticationFailed('The bearer token is not valid or has expired');
    }
  }
  return ANONYMOUS;
}
