/**
 * Post-Login Action of the support article "Missing org_id in Auth0 Device Authentication Flow" (option 2, step 1),
 * as published: it adds the user's default organization as a namespaced claim, on device-code logins only.
 *
 * @param {Event} event - Details about the user and the context in which they are logging in.
 * @param {PostLoginAPI} api - Interface whose methods can be used to change the behavior of the login.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.transaction.protocol === 'oauth2-device-code') {
    const namespace = 'https://your-domain.com';
    const orgId = event.user.app_metadata.default_org_id;
    if (orgId) {
      api.accessToken.setCustomClaim(`${namespace}/org_id`, orgId);
    }
  }
};
