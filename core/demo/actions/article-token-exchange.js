/**
 * Custom Token Exchange Action of the support article "Missing org_id in Auth0 Device Authentication Flow"
 * (option 2, step 2), as published: it reads the organization the Post-Login Action put into the subject token and
 * sets it, so the issued token carries org_id.
 *
 * @param {Event} event - Details about the incoming token exchange request.
 * @param {CustomTokenExchangeAPI} api - Methods and utilities to define token exchange process logic.
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

// Placeholder: validate the subject token here and return its claims.
async function validateToken(subjectToken) {
  return {
    isValid: true,
    payload: { sub: 'auth0|user123', 'https://your-domain.com/org_id': 'org_xyz' },
  };
}
