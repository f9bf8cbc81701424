<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>jwt</name>
    <message>
        <source>not checked: pass --verify with --issuer URL or --jwks FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect Auth0 tokens and tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token to open, or - to read it from standard input (safer: command lines are visible to other users of this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo tenant on 127.0.0.1 and open the Login view on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (de, en, fr) instead of the system&apos;s or the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other launches will open their own window: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant did not start: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::KeychainSecretStore</name>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only and are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the operation on &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::SecretStore</name>
    <message>
        <source>Secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli</name>
    <message>
        <source>Undo even though the value was changed since the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: orglens-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrgLens command line: inspect, verify and compare Auth0 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orglens-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object (documented in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one token per line from standard input; print one JSON object per line. A bad line gives an error object and the batch goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signature and validate iss, aud, exp, nbf and azp; needs --issuer or --jwks. Exit code 1 when the token is not genuine or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s issuer (https://TENANT/); its keys come from its discovery document. Never from a URL inside the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with the keys in this JWKS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected audience (repeatable); checked with --verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected authorized party (azp); checked with --verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew allowed for exp and nbf, in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid (%1, kid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (grant: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;added&quot;, &quot;removed&quot;, &quot;changed&quot;, &quot;unchanged&quot;} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list unchanged claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (volatile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;response&quot;, &quot;decoded&quot;, &quot;diff&quot;}: the raw response, the decoded tokens and the claim diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject token; - reads it from standard input (recommended: a command line is visible to other users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization id (or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate with HTTP Basic (client_secret_basic) instead of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce: print the login URL instead of opening a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce: loopback port (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce: connection name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce: prompt (login, consent, none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce: login_hint (email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce: seconds to wait for the login (300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: could not store the refresh token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Management API client secret from standard input (first line) and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token exchange client secret from standard input (next line) and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 of profile &apos;%2&apos; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant allows organization names in the Authentication API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 Nothing was saved: the secret is gone when this command ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in:     %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued type:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the token cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token claims (use --json for the tokens themselves):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not a JWT (opaque: request an API audience to get a JWT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refresh token from standard input instead of the keychain entry of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token is stored for profile &apos;%1&apos;%2: run &apos;login&apos; with --scope &apos;openid offline_access&apos; first, or pass one with --stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens are never taken from the command line: use --stdin or a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no native application: give --client-id or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization id (or name): an M2M token with org_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-default-org: delete the key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an organization the user is not a member of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk: continue an interrupted run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk: the journal file (default: the CSV file name + .journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk: PATCHes in flight (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: page (0-based).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: results per page (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) are not valid; nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::AuditCommand</name>
    <message>
        <source>The audit log of default_org_id changes: &apos;audit list&apos;, &apos;audit undo ID [--force]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | undo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;audit list&apos; or &apos;audit undo ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 default_org_id %2 -&gt; %3 (audit entry %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::DecodeCommand</name>
    <message>
        <source>Decode a token: header, claims explained, times, kind, warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token, or - (or nothing) to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one token, got %1 arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verify needs the keys: --issuer URL (the tenant&apos;s issuer) or --jwks FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leeway takes a number of seconds, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch reads tokens from standard input; do not pass a token argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::DemoTenantCommand</name>
    <message>
        <source>Port on 127.0.0.1 (0: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N synthetic users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace of the Action&apos;s custom claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the simulated device-flow Post-Login Action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on allow_organization_name_in_authentication_api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (0..1) of Management API requests answered 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the fault injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added latency per Management API request, in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management API requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device flow polling interval, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in Auth0-compatible demo tenant on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace must be an http(s) URL such as https://orglens.example/, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::DiffCommand</name>
    <message>
        <source>Compare two tokens claim by claim (e.g. before and after a token exchange).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first token, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second token, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two tokens (A and B), got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of A and B can be read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::ExchangeCommand</name>
    <message>
        <source>Custom Token Exchange of a subject token; shows the claim diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject-token is required (use - to read it from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token exchange application: give --exchange-client-id or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subject token type: give --subject-token-type or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret: set ORGLENS_EXCHANGE_CLIENT_SECRET, or store it with &apos;profile set NAME --exchange-client-secret-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a token on the command line is visible to other users of this machine; prefer --subject-token - and standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim diff: %1 is not a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the subject token:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::LoginCommand</name>
    <message>
        <source>Log in with the device flow or authorization code + PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device or pkce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;login device&apos; or &apos;login pkce&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no native application: give --client-id or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To log in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1 minutes. Waiting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the device flow does not support Organizations; tokens will have no org_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this URL in a browser to log in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the browser. If it did not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the login...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::ManagementSession</name>
    <message>
        <source>no machine-to-machine application: give --mgmt-client-id or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret for %1: set ORGLENS_MGMT_CLIENT_SECRET, or store it with &apos;profile set NAME --mgmt-client-secret-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::OrgsCommand</name>
    <message>
        <source>Organizations: &apos;orgs list&apos;, &apos;orgs get ID|NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | get ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;orgs list&apos; or &apos;orgs get ID|NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::ProfileCommand</name>
    <message>
        <source>Manage tenant profiles: add, set, list, show, remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, set, list, show or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name (not for list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;profile list&apos; takes no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;profile %1 NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; exists; change it with &apos;profile set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs --issuer URL or --domain DOMAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its stored secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, set, list, show or remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::ProfileOptions</name>
    <message>
        <source>give either --issuer or --domain, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tenant given: use --profile NAME, or --issuer URL / --domain DOMAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant issuer (https://&lt;domain&gt;/; http:// only for 127.0.0.1/localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant domain (same as --issuer https://DOMAIN/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native application (device flow, PKCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes, space separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom-claim namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-to-machine application for the Management API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for Custom Token Exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject_token_type of the token exchange profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::RefreshCommand</name>
    <message>
        <source>Use the stored refresh token (rotation replaces it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was rotated; the new one replaces the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: could not store the rotated refresh token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::RevokeCommand</name>
    <message>
        <source>Revoke the stored refresh token and forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::TokenCommand</name>
    <message>
        <source>Get a client-credentials token (Management API unless --audience).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;token client-credentials&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no machine-to-machine application: give --mgmt-client-id or set it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret: set ORGLENS_MGMT_CLIENT_SECRET, or store it with &apos;profile set NAME --mgmt-client-secret-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::cli::UsersCommand</name>
    <message>
        <source>Users: get ID, search QUERY, by-email EMAIL, orgs ID, set-default-org USER ORG, bulk-set-default-org FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get ID | search QUERY | by-email EMAIL | orgs ID | set-default-org USER ORG | bulk-set-default-org FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: users get ID, users search QUERY, users by-email EMAIL, users orgs ID, users set-default-org USER ORG, users bulk-set-default-org FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 user(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;users set-default-org USER --clear&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;users set-default-org USER ORG&apos; (or USER --clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: app_metadata.default_org_id %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not a member of %2 (--allow-non-member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already set, nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done, verified; audit entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;users bulk-set-default-org FILE.csv&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 %3 -&gt; %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (already set, skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) would change; nothing was changed (%3 Management API requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, ETA %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1, skipped %2, failed %3 in %4 s (%5 Management API requests). Journal: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo</name>
    <message>
        <source>The JSON body is invalid at offset %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required parameter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo::DemoTenant</name>
    <message>
        <source>The demo tenant is already running on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant cannot listen on 127.0.0.1:%1: %2. Choose another port with --port, or 0 for a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route for %1 %2 on the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo::LoginPages</name>
    <message>
        <source>Log in to continue to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users: alice@example.com, bob@example.com, carol@example.com, dave@example.com; password: demo-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that this code matches the one shown on your device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is requesting access to your account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code displayed on your device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device activation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo::OAuthServer</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL mismatch. &apos;%1&apos; is not in the list of allowed callback URLs of %2 (any http://127.0.0.1:&lt;port&gt;/… or http://localhost:&lt;port&gt;/… URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type &apos;authorization_code&apos; not allowed for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported response type: &apos;%1&apos;. The demo tenant supports only &apos;code&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required parameter: code_challenge (PKCE with S256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported code_challenge_method: &apos;%1&apos;. Only S256 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection %1 is not enabled for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter organization is not allowed for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter organization is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter organization is required for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login transaction is unknown or finished. Start the login again from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login transaction is unknown, finished or not logged in yet. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User did not authorize the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the request; the device was not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congratulations, you&apos;re all set!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your device is now connected. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is not part of the %2 organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required parameter: client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type &apos;%1&apos; not allowed for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization is ignored: the Device Authorization flow does not support Organizations, tokens never carry org_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or expired code. Check the code on your device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returnTo URL &apos;%1&apos; is not in the list of allowed logout URLs of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged out of the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo::SigningKey</name>
    <message>
        <source>The token is signed with &apos;%1&apos;; this tenant signs with RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s key id &apos;%1&apos; is not this tenant&apos;s signing key &apos;%2&apos; (a token from another tenant or an earlier start of the demo tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature does not verify with this tenant&apos;s key &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo::TenantStore</name>
    <message>
        <source>The user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo::TokenEndpoint</name>
    <message>
        <source>Unsupported grant type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type &apos;%1&apos; not allowed for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP Basic credentials must be base64(client_id:client_secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication is required for %1: send client_secret in the body (client_secret_post) or use HTTP Basic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication failed: wrong client_secret for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter organization is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri does not match the one sent to /authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &apos;code_verifier&apos; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to verify code verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rotated refresh token was used again; its whole family is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audience parameter was provided, and no default audience has been configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client is not authorized to access &quot;%1&quot;. You need to create a &quot;client-grant&quot; associated to this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client has not been granted scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter organization is not allowed for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client grant of %1 for %2 is not associated with the organization %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter organization is required for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or expired device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code has expired: start the device flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User cancelled the confirmation prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are polling faster than the specified interval of %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User has yet to authorize device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid subject token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer &apos;%1&apos; is not this tenant (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an access token of this tenant (its audience is no API of the tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued to a machine-to-machine client, not to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its user &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject_token_type &apos;%1&apos; is reserved: use a URI your organization owns (https://… or urn:…), not auth0.com, okta.com, urn:ietf, urn:auth0 or urn:okta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Custom Token Exchange profile for subject_token_type &apos;%1&apos; (the demo tenant&apos;s profile uses &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject token has no %1 claim and no organization parameter was sent: the exchange cannot set an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is not part of the %2 organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::demo::TokenIssuer</name>
    <message>
        <source>Unknown or invalid refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not valid for /userinfo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::jwt</name>
    <message>
        <source>Custom claim &apos;%1&apos; under a namespace, added by an Auth0 Action or rule (api.accessToken.setCustomClaim / api.idToken.setCustomClaim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered or Auth0 claim and not namespaced. Auth0 accepts such custom claims (except on tokens for Auth0 APIs), but a namespaced name like https://your-domain/%1 avoids collisions with future standard claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header parameter not defined by JOSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOSE header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom (namespaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom (no namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected issuer configured; the token says &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected issuer configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &apos;iss&apos; (issuer) string; expected &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by &apos;%1&apos;, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured issuer &apos;%1&apos; lacks the trailing &apos;/&apos;: Auth0 issuers end with a slash, and the token&apos;s iss is &apos;%2&apos;. Configure &apos;%2&apos; (issuers are compared exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s iss &apos;%1&apos; has no trailing &apos;/&apos;, but Auth0 always issues &apos;%2&apos;. This token was not issued by that Auth0 tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by &apos;%1&apos;, but &apos;%2&apos; was expected: the token comes from another tenant or environment (or a custom domain is in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected audience configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected audience configured; the token is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &apos;aud&apos; (audience) claim; expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;aud&apos; must be a string or an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience includes &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is for %1, not for %2. Request the token with the right &apos;audience&apos; parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &apos;exp&apos; claim, so it never expires; Auth0 tokens always have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &apos;nbf&apos; claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds since 1970 (NumericDate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 (%2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago (%2 UTC), within the allowed clock skew of %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago (%2 UTC); the allowed clock skew is %3 s. Get a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid since %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid in %1 (%2 UTC), within the allowed clock skew of %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1 UTC, %2 from now; the allowed clock skew is %3 s. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected client configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected client configured; %1 is &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &apos;azp&apos; (or &apos;client_id&apos;) claim; expected client &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to client &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to client &apos;%1&apos; (%2), not to &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &apos;org_id&apos;: the login did not run in organization context (for example no &apos;organization&apos; parameter, or a flow that does not support Organizations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;org_id&apos; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;org_name&apos; (&apos;%1&apos;) is present without &apos;org_id&apos;: Auth0 only adds org_name next to org_id, so this claim probably comes from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &apos;org_name&apos;: the tenant setting &quot;Allow Organization Names in Authentication API&quot; is off (it is off by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &apos;org_name&apos; (no organization claims at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA modulus has %1 bits; at least %2 are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;e&apos; is not a valid RSA public exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the RSA parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curve &apos;%1&apos; is not supported (P-256, P-384 and P-521 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;x&apos; and &apos;y&apos; must be %1 bytes each for %2 (they are %3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(&apos;x&apos;, &apos;y&apos;) is not a point on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curve &apos;%1&apos; is not supported for signatures (Ed25519 is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;x&apos; must be 32 bytes for Ed25519 (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kty&apos; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric key (kty &apos;oct&apos;) refused: a shared secret must never be published in a JWKS, and it cannot verify public-key signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains private key material (%1) and was refused: a JWKS must publish public keys only. Treat this key as exposed and rotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;use&apos; is &apos;%1&apos;, so the key is not for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;key_ops&apos; does not include &apos;verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key type (kty) &apos;%1&apos; is not supported (RSA, EC and OKP are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;alg&apos; is &apos;%1&apos;, not a signature algorithm OrgLens verifies (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;alg&apos; %1 does not fit a %2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks: invalid JSON at offset %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks: the JSON is not an object; expected {&quot;keys&quot;: [...]} or a single JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks: &apos;keys&apos; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks: neither a JWK Set (an object with a &apos;keys&apos; array) nor a JWK (an object with &apos;kty&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (kid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; key skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks: no usable key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found (check the domain name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the JWKS file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS file &apos;%1&apos; is %2 bytes; a key set is a few KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, but the JWKS key is a %3 (key confusion refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS key %1 is for %2 only, but the token says %3 (algorithm substitution refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s %1 header parameter(s) were ignored: OrgLens never fetches or trusts keys named by the token itself, only the configured issuer&apos;s JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature is %2 bytes long; it must be exactly %3 (r and s, %4 bytes each, RFC 7518 §3.4). A DER-encoded signature is not valid in a JWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EdDSA signature is %1 bytes long; an Ed25519 signature is 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with the %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid signature: it does not match the %1. The token was altered or signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid signature: it matches none of the %1 keys of the JWKS that fit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS has no usable key, so the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key with kid %1 in the JWKS (the issuer may have rotated its keys: refreshing the JWKS may help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no kid and the JWKS has no key that fits %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg &apos;%1&apos; means unsigned: refused. Anyone can forge such a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm; a public JWKS cannot verify it (possible key-confusion attack). Auth0 signs with RS256 unless the application is configured for HS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg &apos;%1&apos; is not supported; OrgLens verifies %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 in the future: check the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated %1 in the future: check the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from an &apos;Authorization:&apos; header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the &apos;Bearer &apos; prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the JSON is %2, but a JWT %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: padding character &apos;=&apos; at position %2 inside the base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: illegal character %2 at position %3; base64url allows only A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 base64url characters cannot encode whole bytes; the token was probably cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is %1 bytes long; tokens over %2 bytes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token given: the input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains whitespace inside it; paste it as one unbroken line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an opaque token (no dots), not a JWT: it cannot be decoded. Auth0 issues opaque access tokens when no &apos;audience&apos; is requested; they are only good for /userinfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, 5 parts): it cannot be decoded without the recipient&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has %1 parts; a JWS has 3 (a JWE has 5: encrypted tokens cannot be decoded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: missing &apos;alg&apos;; every JWS header must name its signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is unsigned (alg &apos;none&apos;): anyone could have written it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a shared secret (%1): only holders of the client secret can verify it, and a public JWKS cannot. Auth0 APIs should use RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header carries &apos;%1&apos;. OrgLens never fetches or uses key material named by a token; keys come only from the configured issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lists critical extensions (&apos;crit&apos;) that must be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &apos;exp&apos;: it never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired %1 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid for another %1 (&apos;nbf&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;iat&apos; is %1 in the future: the issuer&apos;s clock or this computer&apos;s is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown claims without a namespace: %1. Auth0 refuses them on tokens for its own APIs; prefer https://your-domain/&lt;claim&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;org_name&apos; is present without &apos;org_id&apos;; Auth0 always sends both together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header type is &apos;at+jwt&apos; (RFC 9068 access token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is present, which only ID tokens carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;aud&apos; includes %1userinfo, the audience Auth0 adds to access tokens requested with &apos;openid&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;aud&apos; names an API identifier (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;aud&apos; is a single client id (%1), as in ID tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;scope&apos; is present, which access tokens carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;permissions&apos; is present (Auth0 RBAC for an API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile claims (name, email) without &apos;scope&apos; are typical of ID tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;gty&apos; is &apos;%1&apos;: Auth0 marks access tokens from that grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sub&apos; ends with @clients: a machine-to-machine token from the client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;act&apos; is present: the token came from a token exchange (RFC 8693).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims do not say whether this is an ID token or an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::jwt::ClaimCatalogue</name>
    <message>
        <source>Issuer: who created and signed the token. Auth0 issuers are https://&lt;tenant domain&gt;/ with a trailing slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: the user (e.g. auth0|123) or, for client credentials, &lt;client_id&gt;@clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: who the token is for. ID tokens: the client id. Access tokens: the API identifier, plus &lt;issuer&gt;userinfo when &apos;openid&apos; was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted after this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token, usable to detect replays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication time: when the user last actually logged in (not when this token was issued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce: the value the app sent on /authorize, echoed into the ID token to prevent replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context class reference: the assurance level of the login (e.g. MFA policies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods used, e.g. [&quot;pwd&quot;], [&quot;mfa&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party: the client id of the application the token was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token hash: binds this ID token to the access token issued with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code hash: binds this ID token to the authorization code (hybrid flow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State hash: binds this ID token to the state parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID: the Auth0 login session, used for logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the user (profile scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given (first) name of the user (profile scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family (last) name of the user (profile scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name of the user (profile scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual name of the user; Auth0 defaults it to the part of the e-mail before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username the user prefers to be called by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the user&apos;s web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address of the user (email scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the e-mail address has been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender of the user (profile scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of the user, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the user, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale of the user, e.g. en-US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number of the user (phone scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the phone number has been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address of the user (address scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user&apos;s profile was last updated (Auth0 sends an ISO-8601 string here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client the access token was issued to (RFC 9068 profile; Auth0&apos;s own profile uses azp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes granted, space-separated. What the API may let this token do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the subject (RFC 9068 / SCIM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of the subject (RFC 9068 / SCIM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements of the subject (RFC 9068 / SCIM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: who is acting on behalf of the subject after a token exchange (RFC 8693).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject in a token exchange (RFC 8693).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation: the key the token is bound to (proof of possession, RFC 7800 / DPoP / mTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth0 organization id. Present only when the login ran in organization context (the &apos;organization&apos; parameter or an organization prompt); never for the device flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth0 organization name. Present with org_id only when the tenant setting &apos;Allow Organization Names in Authentication API&apos; is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth0 grant type that produced the token: &apos;client-credentials&apos; (machine-to-machine) or &apos;password&apos; (resource owner password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth0 RBAC permissions for this API (when &apos;Add Permissions in the Access Token&apos; is on). In organization logins, only from organization-member roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm. Auth0 signs with RS256 by default; &apos;none&apos; means unsigned and HS256 uses a shared secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type: &apos;JWT&apos;, or &apos;at+jwt&apos; for RFC 9068 access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID: which key of the issuer&apos;s JWKS signed the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the payload; &apos;JWT&apos; for nested tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK Set URL named by the token itself. Never trusted: OrgLens takes keys only from the configured issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 certificate URL named by the token itself. Never trusted or fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key embedded in the token. Never trusted: anyone can embed their own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 certificate chain embedded in the token. Not used for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signing certificate; Auth0 sets it alongside kid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions the recipient must understand, or reject the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content encryption algorithm (JWE only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression applied before encryption (JWE only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::jwt::Jwk</name>
    <message>
        <source>RSA %1-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::jwt::JwksClient</name>
    <message>
        <source>&apos;%1&apos; is not an issuer URL; expected something like https://tenant.eu.auth0.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL &apos;%1&apos; must not contain a query, a fragment or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to fetch keys over plain http from &apos;%1&apos;: anyone on the network could replace them. Use https (http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL &apos;%1&apos; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1 is not in the JWKS; it was fetched again %2 s ago and is fetched at most once a minute for an unknown kid, so try again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID discovery at %1 failed (%2); used %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;jwks_uri&apos; string in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document at %1 names jwks_uri &apos;%2&apos;, which is not on the issuer&apos;s own origin (%3://%4). OrgLens only fetches keys from the configured issuer; check the issuer URL, or pass the keys with --jwks FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes; that is not a key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenDiffModel</name>
    <message>
        <source>Differs on every issuance; usually not a meaningful difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenTreeModel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the token is signed (JOSE header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token says (claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management</name>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope the message names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant the machine-to-machine application the Management API scope %1 (Dashboard &gt; Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications), then request a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user has that user_id: check the id including its connection prefix (e.g. auth0|...), or find it with &apos;users search&apos; or &apos;users by-email&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organization has that id or name: list them with &apos;orgs list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant&apos;s Management API rate limit was reached; lower --concurrency or retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token was issued for another API: the Management API audience is https://&lt;domain&gt;/api/v2/ of the same tenant (use the tenant&apos;s canonical domain, not a custom domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token expired; a new one is requested automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Management API refused the token: check the profile&apos;s issuer and machine-to-machine application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant had an internal error; the request was retried with backoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal line %1 cannot be read; the journal is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal line %1 has an unknown type &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header user_id,org_id or email,org_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;; it must be user_id,org_id or email,org_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 2 fields (%1,org_id), found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user has the e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users have the e-mail %2 (%3); use user_id instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate user %1 (already on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so the organization could not be used on tokens; add the membership first or pass --allow-non-member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and write a quote as &quot;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field; put a &apos;,&apos; there or move the text inside the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed; add the closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::ApiError</name>
    <message>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::AuditEntry</name>
    <message>
        <source>an entry without id, user_id or time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::AuditLog</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit entry has the id &apos;%1&apos;; list them with &apos;orglens-cli audit list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkJournal</name>
    <message>
        <source>the journal %1 already exists from an earlier run: continue it with --resume, or delete it to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1; run without --resume to start, or give --journal FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot repair %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal %1 belongs to another version of the CSV file (its SHA-256 differs); resume with the original file, or start a new run with another --journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal %1 was written for the tenant %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkRunner</name>
    <message>
        <source>done in an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied by the interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API answered but default_org_id reads &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::DefaultOrgEditor</name>
    <message>
        <source>no user has the e-mail %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users have the e-mail %2; give the user_id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2 (%3): a token exchanged for this user could not carry that organization. Add the membership first, or pass --allow-non-member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was sent but default_org_id now reads %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 changed the tenant %2, not %3: use the profile of that tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default_org_id of %1 is now %2, not %3 as audit entry %4 left it: it was changed since. Undo anyway with --force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::ManagementClient</name>
    <message>
        <source>could not get a Management API token for client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API answered with invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts in %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::management::UserTableModel</name>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::oauth</name>
    <message>
        <source>The device code expired before the user confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grant type is not enabled for this application (Applications &gt; Advanced Settings &gt; Grant Types), or the application may not use this flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is not a member of the organization, or the application&apos;s organization settings refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user declined, or a rule/Action denied access; for client credentials the application may have no grant for this audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code, device code or refresh token is expired, already used, revoked (rotation reuses are refused) or was issued to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong client id or client secret, or the token endpoint authentication method does not match the application&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling faster than the interval: wait 5 seconds more between polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device code expired before the user confirmed it: start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has not confirmed the code yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a requested scope is not defined on the API or not granted to this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the organization parameter against the application&apos;s Organizations settings (Type of Users, Login Flow) and the tenant setting for organization names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter is missing or malformed; the description names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback does not belong to this login (another tab or an old link): start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback came from another tenant than the profile&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited: wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an OAuth error object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response has no access_token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization response lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.well-known/openid-configuration answered HTTP %2: is the issuer right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document names the issuer &apos;%1&apos;, not &apos;%2&apos;: check the domain (custom domains have their own issuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document has no token_endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code + PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::oauth::OAuthClient</name>
    <message>
        <source>Could not fetch the discovery document of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::oauth::OAuthError</name>
    <message>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::oauth::PkceFlow</name>
    <message>
        <source>No login came back to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the login callback: %2. Choose another port (or 0 for any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login already handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login has already been handled. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback names the issuer &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback&apos;s state does not match the login this listener is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback has neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrgLens received the login. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce does not match this login: the token was not issued for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::profiles</name>
    <message>
        <source>The issuer is empty: give an Auth0 domain (acme.eu.auth0.com) or an issuer URL (https://acme.eu.auth0.com/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain or issuer URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses http://, which is accepted only for loopback hosts (127.0.0.1, ::1, localhost) such as the demo tenant. Use https://%2/ instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the scheme &apos;%2&apos;: an issuer must be an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not contain user info, a query or a fragment: an issuer is https://&lt;domain&gt;/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::profiles::ProfileStore</name>
    <message>
        <source>There is no profile &apos;%1&apos; (known: %2). Create it with &apos;profile add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; in %2 is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the profile to %1: check that the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets</name>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AboutDialog</name>
    <message>
        <source>OrgLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OrgLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect Auth0 tokens and tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when OrgLens is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LoginView</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization (code on another device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code + PKCE (this computer&apos;s browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials (machine-to-machine application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openid profile email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org_... (or a name, when the tenant allows it); optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Username-Password-Authentication; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@example.com; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile and a flow, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization shows a code to enter on any device with a browser. Authorization code + PKCE opens this computer&apos;s browser and waits for it to come back. Client credentials needs the profile&apos;s machine-to-machine client secret. Tokens stay in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address below on any device, or scan the QR code, and confirm this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the verification address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the authorization URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect &amp;access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect &amp;ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles: create one in Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile selected: create one in Profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Token Exchange of the access token with the profile&apos;s exchange application; shows what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no token exchange application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for profile &apos;%1&apos;: enter it in Profiles and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the client secret of &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no native client ID: set it in Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to poll more slowly; checking every %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed in a browser… (checking every %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a device code from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed in a browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Log in there; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; exchanging the code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in at %1 in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no machine-to-machine client ID: set it in Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1%2. Granted scope: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in; the token is open in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no token exchange application: set it in Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token exchange failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged; the differences are open in Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser: copy the address and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::MainWindow</name>
    <message>
        <source>OrgLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted tokens are decoded on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OrgLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: memory only (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProfileEditorView</name>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain or issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.eu.auth0.com or https://login.acme.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native &amp;client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native application for device and PKCE logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openid profile email offline_access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M2M client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-to-machine application for the Management API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M2M client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for Custom Token Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange client secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject token type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urn:example:subject-token (from the exchange profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant accepts organi&amp;zation names (not only IDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile: fill in at least a name and the tenant&apos;s domain, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new profile &apos;%1&apos;; &apos;%2&apos; is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; storing its secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;, but a secret was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; its secrets are stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; its secrets are kept in memory for this session: no keychain available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos; and its stored secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secrets go to the system keychain, never to the settings file (if no keychain answers, they are kept in memory for this session and this line says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secrets are kept in memory for this session: no keychain available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TokenDiffView</name>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the second token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two tokens (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste two tokens, or use &quot;Exchange this token&quot; on the Login view, to see what changed between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two tokens have the same claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added (+), %2 removed (−), %3 changed (~); dimmed rows differ on every issuance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TokenInspectorView</name>
    <message>
        <source>Looks like an ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of token unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (grant: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token (JWT, &apos;Bearer …&apos; or an Authorization header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token or log in to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the decoded header and payload as pretty-printed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was decoded locally. Its signature has not been verified, so nothing in it can be trusted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded token: %1 . %2 . %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Header (%n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload (%n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signature (%n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its full value and explanation. Ctrl+C copies the value, Ctrl+Shift+C its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the path %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orglens::widgets::UsersView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save default organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lucene query, e.g. email:alice* or app_metadata.default_org_id:org_acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change default organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app_metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant: choose a profile with a machine-to-machine application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 user(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change app_metadata.default_org_id of %1?

%2 → %3

Only this key is changed; the change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and verified (audit entry %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
