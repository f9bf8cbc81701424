/**
 * Custom Token Exchange Action that "completes" the support article's placeholder the way it is often done: it
 * decodes the subject token and trusts its claims. Nothing checks the signature, the issuer, the audience or the
 * expiry, so anyone can write a token for any user and organization and have it exchanged.
 */
exports.onExecuteCustomTokenExchange = async (event, api) => {
  const { isValid, payload } = await validateToken(event.transaction.subject_token);
  if (!isValid) {
    api.access.rejectInvalidSubjectToken('Invalid subject_token');
    return;
  }
  api.authentication.setUserById(payload.sub);
  api.authentication.setOrganization(payload['https://your-domain.com/org_id']);
};

// Decodes the payload of a JWT without verifying it.
async function validateToken(subjectToken) {
  try {
    const payload = JSON.parse(Buffer.from(subjectToken.split('.')[1], 'base64url').toString('utf8'));
    return { isValid: typeof payload.sub === 'string', payload };
  } catch (error) {
    return { isValid: false };
  }
}
