<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Inspect Auth0 tokens and tenants.</source>
        <translation>Auth0-Tokens und Tenants untersuchen.</translation>
    </message>
    <message>
        <source>A token to open, or - to read it from standard input (safer: command lines are visible to other users of this computer).</source>
        <translation>Ein zu öffnendes Token, oder -, um es von der Standardeingabe zu lesen (sicherer: Befehlszeilen sind für andere Benutzer dieses Computers sichtbar).</translation>
    </message>
    <message>
        <source>Start the built-in demo tenant on 127.0.0.1 and open the Login view on it.</source>
        <translation>Den eingebauten Demo-Tenant auf 127.0.0.1 starten und die Anmeldeansicht dafür öffnen.</translation>
    </message>
    <message>
        <source>Use this language (de, en, fr) instead of the system&apos;s or the saved one.</source>
        <translation>Diese Sprache (de, en, fr) statt der System- oder der gespeicherten Sprache verwenden.</translation>
    </message>
    <message>
        <source>Other launches will open their own window: %1
</source>
        <translation>Weitere Starts öffnen ein eigenes Fenster: %1
</translation>
    </message>
    <message>
        <source>The demo tenant did not start: %1
</source>
        <translation>Der Demo-Tenant ist nicht gestartet: %1
</translation>
    </message>
    <message>
        <source>Quit right after the main window is first painted (startup timing).</source>
        <translation>Direkt nach dem ersten Zeichnen des Hauptfensters beenden (Startzeitmessung).</translation>
    </message>
    <message>
        <source>Write a screenshot of every view into DIR.</source>
        <translation>Von jeder Ansicht einen Screenshot in DIR speichern.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Start the demo tenant with these Actions (implies --demo): %1. File &gt; Demo tenant switches while it runs.</source>
        <translation>Den Demo-Tenant mit diesen Actions starten (schließt --demo ein): %1. Datei &gt; Demo-Tenant wechselt, während er läuft.</translation>
    </message>
    <message>
        <source>--demo-actions must be one of %1, not &apos;%2&apos;.
</source>
        <translation>--demo-actions muss eines von %1 sein, nicht „%2“.
</translation>
    </message>
</context>
<context>
    <name>orglens::CountingNetworkAccessManager</name>
    <message>
        <source>%1 could not be reached (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
</context>
<context>
    <name>orglens::DemoTenantWiring</name>
    <message>
        <source>Restart the demo tenant</source>
        <translation>Demo-Tenant neu starten</translation>
    </message>
    <message>
        <source>Restart the demo tenant on %1 with “%2”?</source>
        <translation>Den Demo-Tenant auf %1 mit „%2“ neu starten?</translation>
    </message>
    <message>
        <source>The demo&apos;s logins, sessions, edits and logs are lost: the tenant starts again from the preset&apos;s seed data, at the same address.

%1</source>
        <translation>Die Anmeldungen, Sitzungen, Änderungen und Logs der Demo gehen verloren: Der Tenant beginnt wieder mit den Startdaten der Vorgabe, unter derselben Adresse.

%1</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Tenant</translation>
    </message>
    <message>
        <source>The demo tenant did not start with “%1”.</source>
        <translation>Der Demo-Tenant ist mit „%1“ nicht gestartet.</translation>
    </message>
    <message>
        <source>Demo tenant restarted.</source>
        <translation>Demo-Tenant neu gestartet.</translation>
    </message>
    <message>
        <source>Demo tenant started.</source>
        <translation>Demo-Tenant gestartet.</translation>
    </message>
</context>
<context>
    <name>orglens::FileLock</name>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>orglens::KeychainSecretStore</name>
    <message>
        <source>The keychain refused the operation on &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund hat den Vorgang für „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>The system keychain (QtKeychain, service &apos;%1&apos;) did not answer: %2</source>
        <translation>Der Schlüsselbund des Systems (QtKeychain, Dienst „%1“) hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>orglens::ReplyLimits</name>
    <message>
        <source>the %1 from %2 is larger than OrgLens&apos;s limit of %3, so OrgLens stopped reading it: the server is not behaving like Auth0 (check the URL)</source>
        <translation>%1 von %2 ist größer als die Grenze von OrgLens (%3), daher hat OrgLens das Lesen abgebrochen: Der Server verhält sich nicht wie Auth0 (prüfen Sie die URL)</translation>
    </message>
    <message>
        <source>the %1 from %2 did not arrive within %3 s (the server answers too slowly or never finishes)</source>
        <translation>%1 von %2 ist nicht innerhalb von %3 s angekommen (der Server antwortet zu langsam oder wird nie fertig)</translation>
    </message>
</context>
<context>
    <name>orglens::SecretStore</name>
    <message>
        <source>No keychain is running: secrets are kept in memory until OrgLens quits.</source>
        <translation>Kein Schlüsselbund läuft: Geheimnisse werden im Speicher gehalten, bis OrgLens beendet wird.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ActionsCommand</name>
    <message>
        <source>Generate the Auth0 Actions that add the organization: Post-Login and Custom Token Exchange.</source>
        <translation>Die Auth0 Actions erzeugen, die die Organisation hinzufügen: Post-Login und Custom Token Exchange.</translation>
    </message>
    <message>
        <source>Generate the Actions.</source>
        <translation>Actions erzeugen.</translation>
    </message>
    <message>
        <source>expected &apos;actions generate&apos;.</source>
        <translation>&apos;actions generate&apos; erwartet.</translation>
    </message>
    <message>
        <source>--which must be post-login, token-exchange or both, not &quot;%1&quot;.</source>
        <translation>--which muss post-login, token-exchange oder both sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no claim namespace: give --namespace https://&lt;your-domain&gt;/ or a profile with one.</source>
        <translation>Kein Claim-Namespace: Geben Sie --namespace https://&lt;your-domain&gt;/ oder ein Profil mit Namespace an.</translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>%1 geschrieben: %2</translation>
    </message>
    <message>
        <source>post-login, token-exchange or both (default: both).</source>
        <translation>post-login, token-exchange oder beide (Standard: both).</translation>
    </message>
    <message>
        <source>Write post-login.js / token-exchange.js into DIR instead of printing.</source>
        <translation>post-login.js / token-exchange.js in DIR schreiben, statt sie auszugeben.</translation>
    </message>
    <message>
        <source>cannot create the directory %1.</source>
        <translation>Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>orglens::cli::AuditCommand</name>
    <message>
        <source>list | undo ID</source>
        <translation>list | undo ID</translation>
    </message>
    <message>
        <source>expected &apos;audit list&apos; or &apos;audit undo ID&apos;.</source>
        <translation>„audit list“ oder „audit undo ID“ erwartet.</translation>
    </message>
    <message>
        <source>Undone: %1 default_org_id %2 -&gt; %3 (audit entry %4)</source>
        <translation>Rückgängig gemacht: %1 default_org_id %2 -&gt; %3 (Audit-Eintrag %4)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Undo even though the tenant was changed since the entry.</source>
        <translation>Auch dann rückgängig machen, wenn der Tenant seit dem Eintrag geändert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) written, %1</source>
        <translation>
            <numerusform>%n Schritt geschrieben, %1</numerusform>
            <numerusform>%n Schritte geschrieben, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log of default_org_id changes and repairs: &apos;audit list&apos;, &apos;audit undo ID [--force]&apos;.</source>
        <translation>Das Audit-Protokoll der default_org_id-Änderungen und Reparaturen: &apos;audit list&apos;, &apos;audit undo ID [--force]&apos;.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli %1 --help&apos; for usage.</source>
        <translation>„orglens-cli %1 --help“ zeigt die Verwendung.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::CommandLine</name>
    <message>
        <source>Usage: orglens-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: orglens-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>OrgLens command line: inspect, verify and compare Auth0 tokens.</source>
        <translation>OrgLens-Kommandozeile: Auth0-Tokens untersuchen, prüfen und vergleichen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>„orglens-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 der Vorgang ist fehlgeschlagen, 2 falsche Verwendung oder ungültige Eingabe.</translation>
    </message>
    <message>
        <source>orglens-cli: unknown command &apos;%1&apos;.</source>
        <translation>orglens-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli --help&apos; for the list of commands.</source>
        <translation>„orglens-cli --help“ zeigt die Liste der Befehle.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DecodeCommand</name>
    <message>
        <source>Decode a token: header, claims explained, times, kind, warnings.</source>
        <translation>Ein Token dekodieren: Header, erklärte Claims, Zeiten, Art, Warnungen.</translation>
    </message>
    <message>
        <source>The token, or - (or nothing) to read standard input.</source>
        <translation>Das Token, oder - (oder nichts), um die Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>expected one token, got %1 arguments.</source>
        <translation>ein Token erwartet, %1 Argumente erhalten.</translation>
    </message>
    <message>
        <source>--verify needs the keys: --issuer URL (the tenant&apos;s issuer) or --jwks FILE.</source>
        <translation>--verify braucht die Schlüssel: --issuer URL (der Issuer des Tenants) oder --jwks DATEI.</translation>
    </message>
    <message>
        <source>--leeway takes a number of seconds, got &apos;%1&apos;.</source>
        <translation>--leeway erwartet eine Anzahl Sekunden, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--batch reads tokens from standard input; do not pass a token argument.</source>
        <translation>--batch liest Tokens von der Standardeingabe; übergeben Sie kein Token-Argument.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Print one JSON object (documented in the README).</source>
        <translation>Ein JSON-Objekt ausgeben (im README beschrieben).</translation>
    </message>
    <message>
        <source>Read one token per line from standard input; print one JSON object per line. A bad line gives an error object and the batch goes on.</source>
        <translation>Ein Token pro Zeile von der Standardeingabe lesen; ein JSON-Objekt pro Zeile ausgeben. Eine fehlerhafte Zeile ergibt ein Fehlerobjekt, und die Verarbeitung geht weiter.</translation>
    </message>
    <message>
        <source>Check the signature and validate iss, aud, exp, nbf and azp; needs --issuer or --jwks. Exit code 1 when the token is not genuine or not valid.</source>
        <translation>Die Signatur prüfen und iss, aud, exp, nbf und azp validieren; benötigt --issuer oder --jwks. Exit-Code 1, wenn das Token nicht echt oder nicht gültig ist.</translation>
    </message>
    <message>
        <source>The tenant&apos;s issuer (https://TENANT/); its keys come from its discovery document. Never from a URL inside the token.</source>
        <translation>Der Issuer des Tenants (https://TENANT/); seine Schlüssel stammen aus seinem Discovery-Dokument. Niemals aus einer URL im Token.</translation>
    </message>
    <message>
        <source>Verify with the keys in this JWKS file.</source>
        <translation>Mit den Schlüsseln in dieser JWKS-Datei prüfen.</translation>
    </message>
    <message>
        <source>Expected audience (repeatable); checked with --verify.</source>
        <translation>Erwartete Audience (wiederholbar); geprüft mit --verify.</translation>
    </message>
    <message>
        <source>Expected authorized party (azp); checked with --verify.</source>
        <translation>Erwartete autorisierte Partei (azp); geprüft mit --verify.</translation>
    </message>
    <message>
        <source>Clock skew allowed for exp and nbf, in seconds (default 60).</source>
        <translation>Erlaubte Uhrenabweichung für exp und nbf in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <source>not checked: pass --verify with --issuer URL or --jwks FILE</source>
        <translation>nicht geprüft: --verify mit --issuer URL oder --jwks DATEI angeben</translation>
    </message>
    <message>
        <source>valid (%1, kid %2)</source>
        <translation>gültig (%1, kid %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DemoTenantCommand</name>
    <message>
        <source>Port on 127.0.0.1 (0: a free one).</source>
        <translation>Port auf 127.0.0.1 (0: ein freier).</translation>
    </message>
    <message>
        <source>Add N synthetic users.</source>
        <translation>N synthetische Benutzer hinzufügen.</translation>
    </message>
    <message>
        <source>Namespace of the Action&apos;s custom claim.</source>
        <translation>Namespace des benutzerdefinierten Claims der Action.</translation>
    </message>
    <message>
        <source>Turn off the simulated device-flow Post-Login Action.</source>
        <translation>Die simulierte Post-Login-Action des Device Flows ausschalten.</translation>
    </message>
    <message>
        <source>Turn on allow_organization_name_in_authentication_api.</source>
        <translation>allow_organization_name_in_authentication_api einschalten.</translation>
    </message>
    <message>
        <source>Share (0..1) of Management API requests answered 500.</source>
        <translation>Anteil (0..1) der Management-API-Anfragen, die mit 500 beantwortet werden.</translation>
    </message>
    <message>
        <source>Seed of the fault injection.</source>
        <translation>Startwert der Fehlerinjektion.</translation>
    </message>
    <message>
        <source>Added latency per Management API request, in ms.</source>
        <translation>Zusätzliche Latenz pro Management-API-Anfrage in ms.</translation>
    </message>
    <message>
        <source>Management API requests per second.</source>
        <translation>Management-API-Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>Device flow polling interval, in seconds.</source>
        <translation>Abfrageintervall des Device Flows in Sekunden.</translation>
    </message>
    <message>
        <source>Run the built-in Auth0-compatible demo tenant on 127.0.0.1.</source>
        <translation>Den eingebauten Auth0-kompatiblen Demo-Tenant auf 127.0.0.1 ausführen.</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>--namespace must be an http(s) URL such as https://orglens.example/, not &apos;%1&apos;.</source>
        <translation>--namespace muss eine http(s)-URL wie https://orglens.example/ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Describe each preset of --actions and exit.</source>
        <translation>Jede Vorgabe von --actions beschreiben und beenden.</translation>
    </message>
    <message>
        <source>--actions must be one of %1, not &apos;%2&apos;.</source>
        <translation>--actions muss eines von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Actions the tenant starts with: builtin, article, decoded, fixed or none (see --help-actions).</source>
        <translation>Actions, mit denen der Tenant startet: builtin, article, decoded, fixed oder none (siehe --help-actions).</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DiffCommand</name>
    <message>
        <source>Compare two tokens claim by claim (e.g. before and after a token exchange).</source>
        <translation>Zwei Tokens Claim für Claim vergleichen (z. B. vor und nach einem Token-Austausch).</translation>
    </message>
    <message>
        <source>The first token, or - for standard input.</source>
        <translation>Das erste Token, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>The second token, or - for standard input.</source>
        <translation>Das zweite Token, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>expected two tokens (A and B), got %1.</source>
        <translation>zwei Tokens (A und B) erwartet, %1 erhalten.</translation>
    </message>
    <message>
        <source>only one of A and B can be read from standard input.</source>
        <translation>nur eines von A und B kann von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>token A</source>
        <translation>Token A</translation>
    </message>
    <message>
        <source>token B</source>
        <translation>Token B</translation>
    </message>
    <message>
        <source>Print {&quot;added&quot;, &quot;removed&quot;, &quot;changed&quot;, &quot;unchanged&quot;} as JSON.</source>
        <translation>{&quot;added&quot;, &quot;removed&quot;, &quot;changed&quot;, &quot;unchanged&quot;} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also list unchanged claims.</source>
        <translation>Auch unveränderte Claims auflisten.</translation>
    </message>
    <message>
        <source>items added: %1</source>
        <translation>hinzugefügte Elemente: %1</translation>
    </message>
    <message>
        <source>items removed: %1</source>
        <translation>entfernte Elemente: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 unverändert</translation>
    </message>
    <message>
        <source> (volatile)</source>
        <translation> (veränderlich)</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DoctorCommand</name>
    <message>
        <source>Also check this user (user_id): default organization, membership, recent logs.</source>
        <translation>Auch diesen Benutzer prüfen (user_id): Standardorganisation, Mitgliedschaft, letzte Logs.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>(user %1)</source>
        <translation>(Benutzer %1)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Probe %1: %2</source>
        <translation>Probe %1: %2</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s org_id pipeline: Actions, exchange profile, application, user, logs.</source>
        <translation>Die org_id-Kette des Tenants prüfen: Actions, Austauschprofil, Anwendung, Benutzer, Logs.</translation>
    </message>
    <message>
        <source>expected no arguments; the tenant comes from the profile options.</source>
        <translation>keine Argumente erwartet; der Tenant kommt aus den Profiloptionen.</translation>
    </message>
    <message>
        <source>Run probes: &apos;actions&apos; runs the tenant&apos;s Actions through its test endpoint with test events (needs create:actions); &apos;exchange&apos; sends the tenant&apos;s token endpoint a forged subject token (needs the exchange application&apos;s secret); &apos;all&apos; runs both.</source>
        <translation>Proben ausführen: &apos;actions&apos; führt die Actions des Tenants über dessen Test-Endpunkt mit Testereignissen aus (braucht create:actions); &apos;exchange&apos; schickt dem Token-Endpunkt des Tenants ein gefälschtes Subject-Token (braucht das Secret der Austausch-Anwendung); &apos;all&apos; führt beide aus.</translation>
    </message>
    <message>
        <source>--probe must be actions, exchange or all, not &apos;%1&apos;.</source>
        <translation>--probe muss actions, exchange oder all sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the exchange probe needs --exchange-client-id and --subject-token-type (or a profile with them).</source>
        <translation>die Austausch-Probe braucht --exchange-client-id und --subject-token-type (oder ein Profil mit beiden).</translation>
    </message>
    <message>
        <source>the exchange probe needs the exchange application&apos;s secret: set ORGLENS_EXCHANGE_CLIENT_SECRET, or store it with &apos;profile set NAME --exchange-client-secret-stdin&apos;.</source>
        <translation>die Austausch-Probe braucht das Secret der Austausch-Anwendung: Setzen Sie ORGLENS_EXCHANGE_CLIENT_SECRET oder speichern Sie es mit &apos;profile set NAME --exchange-client-secret-stdin&apos;.</translation>
    </message>
    <message>
        <source>CRITICAL: %1.</source>
        <translation>KRITISCH: %1.</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Probe: %1</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ExchangeCommand</name>
    <message>
        <source>Custom Token Exchange of a subject token; shows the claim diff.</source>
        <translation>Custom Token Exchange eines Subject-Tokens; zeigt den Claim-Vergleich.</translation>
    </message>
    <message>
        <source>--subject-token is required (use - to read it from standard input).</source>
        <translation>--subject-token ist erforderlich (mit - wird es von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>no token exchange application: give --exchange-client-id or set it in the profile.</source>
        <translation>keine Anwendung für den Token-Austausch: Geben Sie --exchange-client-id an oder legen Sie sie im Profil fest.</translation>
    </message>
    <message>
        <source>no subject token type: give --subject-token-type or set it in the profile.</source>
        <translation>kein Subject-Token-Typ: Geben Sie --subject-token-type an oder legen Sie ihn im Profil fest.</translation>
    </message>
    <message>
        <source>no client secret: set ORGLENS_EXCHANGE_CLIENT_SECRET, or store it with &apos;profile set NAME --exchange-client-secret-stdin&apos;.</source>
        <translation>kein Client-Secret: Setzen Sie ORGLENS_EXCHANGE_CLIENT_SECRET oder speichern Sie es mit „profile set NAME --exchange-client-secret-stdin“.</translation>
    </message>
    <message>
        <source>Warning: a token on the command line is visible to other users of this machine; prefer --subject-token - and standard input.</source>
        <translation>Warnung: Ein Token auf der Befehlszeile ist für andere Benutzer dieses Rechners sichtbar; verwenden Sie besser --subject-token - und die Standardeingabe.</translation>
    </message>
    <message>
        <source>the subject token is empty.</source>
        <translation>Das Subject-Token ist leer.</translation>
    </message>
    <message>
        <source>No claim diff: %1 is not a JWT.</source>
        <translation>Kein Claim-Vergleich: %1 ist kein JWT.</translation>
    </message>
    <message>
        <source>the new access token</source>
        <translation>das neue Access-Token</translation>
    </message>
    <message>
        <source>the subject token</source>
        <translation>das Subject-Token</translation>
    </message>
    <message>
        <source>Changes from the subject token:</source>
        <translation>Änderungen gegenüber dem Subject-Token:</translation>
    </message>
    <message>
        <source>Print {&quot;response&quot;, &quot;decoded&quot;, &quot;diff&quot;}: the raw response, the decoded tokens and the claim diff.</source>
        <translation>{&quot;response&quot;, &quot;decoded&quot;, &quot;diff&quot;} ausgeben: die rohe Antwort, die dekodierten Tokens und den Claim-Vergleich.</translation>
    </message>
    <message>
        <source>The subject token; - reads it from standard input (recommended: a command line is visible to other users).</source>
        <translation>Das Subject-Token; - liest es von der Standardeingabe (empfohlen: eine Befehlszeile ist für andere Benutzer sichtbar).</translation>
    </message>
    <message>
        <source>Organization id (or name).</source>
        <translation>Organisations-ID (oder -Name).</translation>
    </message>
    <message>
        <source>Authenticate with HTTP Basic (client_secret_basic) instead of the form.</source>
        <translation>Mit HTTP Basic (client_secret_basic) statt über das Formular authentifizieren.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ExplainCommand</name>
    <message>
        <source>Why does this token have no org_id? Findings with evidence and fixes.</source>
        <translation>Warum hat dieses Token keine org_id? Befunde mit Belegen und Behebungen.</translation>
    </message>
    <message>
        <source>The token, or - (default) for standard input.</source>
        <translation>Das Token oder - (Standard) für die Standardeingabe.</translation>
    </message>
    <message>
        <source>expected at most one token.</source>
        <translation>Höchstens ein Token erwartet.</translation>
    </message>
    <message>
        <source>no token: give it as an argument or on standard input.</source>
        <translation>Kein Token: Geben Sie es als Argument oder über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>Warning: a token on the command line is visible to other users of this machine; prefer - and standard input.</source>
        <translation>Warnung: Ein Token auf der Befehlszeile ist für andere Benutzer dieses Rechners sichtbar; verwenden Sie besser - und die Standardeingabe.</translation>
    </message>
    <message>
        <source>token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>unknown flow &apos;%1&apos;: use device, pkce, refresh, exchange, password or client-credentials.</source>
        <translation>Unbekannter Flow &apos;%1&apos;: Verwenden Sie device, pkce, refresh, exchange, password oder client-credentials.</translation>
    </message>
    <message>
        <source>Note: could not read %1: %2</source>
        <translation>Hinweis: %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The flow that produced the token: device, pkce, refresh, exchange, password or client-credentials.</source>
        <translation>Der Flow, der das Token erzeugt hat: device, pkce, refresh, exchange, password oder client-credentials.</translation>
    </message>
    <message>
        <source>Read the user, their organizations, the organizations the token names and the client with the profile&apos;s machine-to-machine application.</source>
        <translation>Benutzer, seine Organisationen, die im Token genannten Organisationen und den Client mit der Machine-to-Machine-Anwendung des Profils lesen.</translation>
    </message>
    <message>
        <source>Also write a hand-off report: JSON if FILE ends with .json, else Markdown.</source>
        <translation>Zusätzlich einen Übergabebericht schreiben: JSON, wenn FILE auf .json endet, sonst Markdown.</translation>
    </message>
    <message>
        <source>Put the token value into the report (never refresh tokens).</source>
        <translation>Den Tokenwert in den Bericht aufnehmen (niemals Refresh-Tokens).</translation>
    </message>
    <message>
        <source>Verdict: the token has org_id.</source>
        <translation>Ergebnis: Das Token enthält org_id.</translation>
    </message>
    <message>
        <source>Verdict: the token has no org_id, and no rule found why.</source>
        <translation>Ergebnis: Das Token enthält keine org_id, und keine Regel hat den Grund gefunden.</translation>
    </message>
    <message>
        <source>Verdict: the token has no org_id. Most likely: %1 (%2).</source>
        <translation>Ergebnis: Das Token enthält keine org_id. Wahrscheinlichste Ursache: %1 (%2).</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Evidence: + supports, - rules out, ? missing (what would settle it).</source>
        <translation>Belege: + stützt, - schließt aus, ? fehlt (was es klären würde).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Run the tenant doctor (read-only; with --probe also its probes) and use its checklist as evidence.</source>
        <translation>Den Tenant-Doktor ausführen (nur lesend; mit --probe auch seine Proben) und seine Checkliste als Beleg verwenden.</translation>
    </message>
    <message>
        <source>--probe runs with the tenant doctor: add --check-tenant.</source>
        <translation>--probe läuft mit dem Tenant-Doktor: fügen Sie --check-tenant hinzu.</translation>
    </message>
    <message>
        <source>The tenant doctor&apos;s checklist:</source>
        <translation>Die Checkliste des Tenant-Doktors:</translation>
    </message>
</context>
<context>
    <name>orglens::cli::LoginCommand</name>
    <message>
        <source>Log in with the device flow or authorization code + PKCE.</source>
        <translation>Mit dem Device Flow oder mit Authorization Code + PKCE anmelden.</translation>
    </message>
    <message>
        <source>device or pkce.</source>
        <translation>device oder pkce.</translation>
    </message>
    <message>
        <source>expected &apos;login device&apos; or &apos;login pkce&apos;.</source>
        <translation>„login device“ oder „login pkce“ erwartet.</translation>
    </message>
    <message>
        <source>no native application: give --client-id or set it in the profile.</source>
        <translation>keine native Anwendung: Geben Sie --client-id an oder legen Sie sie im Profil fest.</translation>
    </message>
    <message>
        <source>To log in, open %1 and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>or open %1</source>
        <translation>oder öffnen Sie %1</translation>
    </message>
    <message>
        <source>Note: the device flow does not support Organizations; tokens will have no org_id.</source>
        <translation>Hinweis: Der Device Flow unterstützt keine Organisationen; die Tokens haben kein org_id.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>Open this URL in a browser to log in:</source>
        <translation>Öffnen Sie diese URL in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Opened the browser. If it did not open, visit:</source>
        <translation>Der Browser wurde geöffnet. Falls nicht, besuchen Sie:</translation>
    </message>
    <message>
        <source>Waiting for the login...</source>
        <translation>Warten auf die Anmeldung …</translation>
    </message>
    <message>
        <source>The code expires in %1. Waiting...</source>
        <translation>Der Code läuft in %1 ab. Warten…</translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded tokens.</source>
        <translation>Die rohe Token-Antwort und die dekodierten Tokens ausgeben.</translation>
    </message>
    <message>
        <source>Organization id (or name).</source>
        <translation>Organisations-ID (oder -Name).</translation>
    </message>
    <message>
        <source>pkce: print the login URL instead of opening a browser.</source>
        <translation>pkce: die Anmelde-URL ausgeben, statt einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>pkce: loopback port (default: any free port).</source>
        <translation>pkce: Loopback-Port (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>pkce: connection name.</source>
        <translation>pkce: Name der Verbindung (Connection).</translation>
    </message>
    <message>
        <source>pkce: prompt (login, consent, none).</source>
        <translation>pkce: Parameter prompt (login, consent, none).</translation>
    </message>
    <message>
        <source>pkce: login_hint (email).</source>
        <translation>pkce: login_hint (E-Mail).</translation>
    </message>
    <message>
        <source>pkce: seconds to wait for the login (300).</source>
        <translation>pkce: Sekunden, die auf die Anmeldung gewartet wird (300).</translation>
    </message>
    <message>
        <source>Warning: could not store the refresh token: %1</source>
        <translation>Warnung: Das Refresh-Token konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ManagementSession</name>
    <message>
        <source>no machine-to-machine application: give --mgmt-client-id or set it in the profile.</source>
        <translation>keine Machine-to-Machine-Anwendung: Geben Sie --mgmt-client-id an oder legen Sie sie im Profil fest.</translation>
    </message>
    <message>
        <source>no client secret for %1: set ORGLENS_MGMT_CLIENT_SECRET, or store it with &apos;profile set NAME --mgmt-client-secret-stdin&apos;.</source>
        <translation>kein Client-Secret für %1: Setzen Sie ORGLENS_MGMT_CLIENT_SECRET oder speichern Sie es mit „profile set NAME --mgmt-client-secret-stdin“.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::OrgsCommand</name>
    <message>
        <source>Organizations: &apos;orgs list&apos;, &apos;orgs get ID|NAME&apos;.</source>
        <translation>Organisationen: „orgs list“, „orgs get ID|NAME“.</translation>
    </message>
    <message>
        <source>list | get ID|NAME</source>
        <translation>list | get ID|NAME</translation>
    </message>
    <message>
        <source>expected &apos;orgs list&apos; or &apos;orgs get ID|NAME&apos;.</source>
        <translation>„orgs list“ oder „orgs get ID|NAME“ erwartet.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::PreflightCommand</name>
    <message>
        <source>Predict whether a login will produce org_id, and why not.</source>
        <translation>Vorhersagen, ob eine Anmeldung org_id liefert, und warum nicht.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>give --flow device|pkce|client-credentials|refresh|exchange|password.</source>
        <translation>Geben Sie --flow device|pkce|client-credentials|refresh|exchange|password an.</translation>
    </message>
    <message>
        <source>device, pkce, client-credentials, refresh, exchange or password.</source>
        <translation>device, pkce, client-credentials, refresh, exchange oder password.</translation>
    </message>
    <message>
        <source>The organization parameter the login will send (id or name).</source>
        <translation>Der Organisationsparameter, den die Anmeldung sendet (ID oder Name).</translation>
    </message>
    <message>
        <source>The user who will log in (user_id): read with the Management API.</source>
        <translation>Der Benutzer, der sich anmelden wird (user_id): wird über die Management API gelesen.</translation>
    </message>
    <message>
        <source>Note: could not read %1: %2</source>
        <translation>Hinweis: %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>Flow: %1</translation>
    </message>
    <message>
        <source>org_id: %1</source>
        <translation>org_id: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Auth0 will refuse this login.</source>
        <translation>Auth0 wird diese Anmeldung ablehnen.</translation>
    </message>
    <message>
        <source>Blocking reasons:</source>
        <translation>Blockierende Gründe:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Annahmen:</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ProfileCommand</name>
    <message>
        <source>Manage tenant profiles: add, set, list, show, remove.</source>
        <translation>Tenant-Profile verwalten: add, set, list, show, remove.</translation>
    </message>
    <message>
        <source>add, set, list, show or remove.</source>
        <translation>add, set, list, show oder remove.</translation>
    </message>
    <message>
        <source>The profile name (not for list).</source>
        <translation>Der Profilname (nicht bei list).</translation>
    </message>
    <message>
        <source>&apos;profile list&apos; takes no name.</source>
        <translation>„profile list“ nimmt keinen Namen.</translation>
    </message>
    <message>
        <source>expected &apos;profile %1 NAME&apos;.</source>
        <translation>„profile %1 NAME“ erwartet.</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; exists; change it with &apos;profile set&apos;.</source>
        <translation>Das Profil „%1“ existiert; ändern Sie es mit „profile set“.</translation>
    </message>
    <message>
        <source>a profile needs --issuer URL or --domain DOMAIN.</source>
        <translation>Ein Profil braucht --issuer URL oder --domain DOMAIN.</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; in %2.</source>
        <translation>Profil „%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its stored secrets.</source>
        <translation>Profil „%1“ und seine gespeicherten Geheimnisse wurden entfernt.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, set, list, show or remove.</source>
        <translation>unbekannte Aktion „%1“: Verwenden Sie add, set, list, show oder remove.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read the Management API client secret from standard input (first line) and store it in the keychain.</source>
        <translation>Das Client-Secret der Management API von der Standardeingabe lesen (erste Zeile) und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Read the token exchange client secret from standard input (next line) and store it in the keychain.</source>
        <translation>Das Client-Secret für den Token-Austausch von der Standardeingabe lesen (nächste Zeile) und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Without a keychain, keep the secrets in memory for this command only (they are forgotten when it ends) instead of failing.</source>
        <translation>Ohne Schlüsselbund die Geheimnisse nur für diesen Befehl im Speicher halten (sie gehen an seinem Ende verloren), statt fehlzuschlagen.</translation>
    </message>
    <message>
        <source>Could not store the %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Error: the %1 of profile &apos;%2&apos; was not stored: no keychain is running, so it would be forgotten when this command ends. Start a keychain (the Secret Service: gnome-keyring or KWallet) and run the command again, or add --memory-only to accept that; the profile&apos;s other fields were saved.</source>
        <translation>Fehler: %1 des Profils „%2“ wurde nicht gespeichert: Es läuft kein Schlüsselbund, daher ginge es am Ende dieses Befehls verloren. Starten Sie einen Schlüsselbund (den Secret Service: gnome-keyring oder KWallet) und führen Sie den Befehl erneut aus, oder geben Sie --memory-only an, um das in Kauf zu nehmen; die übrigen Felder des Profils wurden gespeichert.</translation>
    </message>
    <message>
        <source>Stored the %1 of profile &apos;%2&apos; (%3).</source>
        <translation>%1 des Profils „%2“ gespeichert (%3).</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>memory only</source>
        <translation>nur im Speicher</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ProfileOptions</name>
    <message>
        <source>give either --issuer or --domain, not both.</source>
        <translation>Geben Sie entweder --issuer oder --domain an, nicht beides.</translation>
    </message>
    <message>
        <source>no tenant given: use --profile NAME, or --issuer URL / --domain DOMAIN.</source>
        <translation>kein Tenant angegeben: Verwenden Sie --profile NAME oder --issuer URL / --domain DOMAIN.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Das gespeicherte Profil NAME verwenden.</translation>
    </message>
    <message>
        <source>Tenant issuer (https://&lt;domain&gt;/; http:// only for 127.0.0.1/localhost).</source>
        <translation>Issuer des Tenants (https://&lt;Domain&gt;/; http:// nur für 127.0.0.1/localhost).</translation>
    </message>
    <message>
        <source>Tenant domain (same as --issuer https://DOMAIN/).</source>
        <translation>Domain des Tenants (wie --issuer https://DOMAIN/).</translation>
    </message>
    <message>
        <source>Native application (device flow, PKCE).</source>
        <translation>Native Anwendung (Device Flow, PKCE).</translation>
    </message>
    <message>
        <source>API audience.</source>
        <translation>API-Audience.</translation>
    </message>
    <message>
        <source>Scopes, space separated.</source>
        <translation>Scopes, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Custom-claim namespace.</source>
        <translation>Namespace der benutzerdefinierten Claims.</translation>
    </message>
    <message>
        <source>Machine-to-machine application for the Management API.</source>
        <translation>Machine-to-Machine-Anwendung für die Management API.</translation>
    </message>
    <message>
        <source>Application for Custom Token Exchange.</source>
        <translation>Anwendung für Custom Token Exchange.</translation>
    </message>
    <message>
        <source>subject_token_type of the token exchange profile.</source>
        <translation>subject_token_type des Token-Exchange-Profils.</translation>
    </message>
    <message>
        <source>The tenant allows organization names in the Authentication API.</source>
        <translation>Der Tenant erlaubt Organisationsnamen in der Authentication API.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Token type:     %1</source>
        <translation>Token-Typ:      %1</translation>
    </message>
    <message>
        <source>Expires in:     %1 s</source>
        <translation>Läuft ab in:    %1 s</translation>
    </message>
    <message>
        <source>Scope:          %1</source>
        <translation>Scope:          %1</translation>
    </message>
    <message>
        <source>Issued type:    %1</source>
        <translation>Ausgest. Typ:   %1</translation>
    </message>
    <message>
        <source>ID token:       %1</source>
        <translation>ID-Token:       %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Refresh token:  %1</source>
        <translation>Refresh-Token:  %1</translation>
    </message>
    <message>
        <source>(from the token cache)</source>
        <translation>(aus dem Token-Cache)</translation>
    </message>
    <message>
        <source>Access token claims (use --json for the tokens themselves):</source>
        <translation>Claims des Access-Tokens (--json zeigt die Tokens selbst):</translation>
    </message>
    <message>
        <source>The access token is not a JWT (opaque: request an API audience to get a JWT).</source>
        <translation>Das Access-Token ist kein JWT (opak: Fordern Sie eine API-Audience an, um ein JWT zu erhalten).</translation>
    </message>
    <message>
        <source>Note: %1 Nothing was saved: the secret is gone when this command ends (%2).</source>
        <translation>Hinweis: %1 Nichts wurde gespeichert: Das Geheimnis ist verloren, wenn dieser Befehl endet (%2).</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RefreshCommand</name>
    <message>
        <source>Use the stored refresh token (rotation replaces it).</source>
        <translation>Das gespeicherte Refresh-Token verwenden (die Rotation ersetzt es).</translation>
    </message>
    <message>
        <source>The refresh token was rotated; the new one replaces the stored one.</source>
        <translation>Das Refresh-Token wurde rotiert; das neue ersetzt das gespeicherte.</translation>
    </message>
    <message>
        <source>Warning: could not store the rotated refresh token: %1</source>
        <translation>Warnung: Das rotierte Refresh-Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The refresh token was rotated and the new one is not stored (%1): the old one no longer works. Keep the new one, printed below, and give it to the next &apos;refresh --stdin&apos;.</source>
        <translation>Das Refresh-Token wurde rotiert und das neue ist nicht gespeichert (%1): Das alte funktioniert nicht mehr. Bewahren Sie das neue, unten ausgegebene auf und übergeben Sie es dem nächsten „refresh --stdin“.</translation>
    </message>
    <message>
        <source>it came from standard input</source>
        <translation>es kam von der Standardeingabe</translation>
    </message>
    <message>
        <source>no keychain is running</source>
        <translation>es läuft kein Schlüsselbund</translation>
    </message>
    <message>
        <source>New refresh token: %1</source>
        <translation>Neues Refresh-Token: %1</translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded tokens.</source>
        <translation>Die rohe Token-Antwort und die dekodierten Tokens ausgeben.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RefreshTokenCommand</name>
    <message>
        <source>Read the refresh token from standard input instead of the keychain entry of the profile.</source>
        <translation>Das Refresh-Token von der Standardeingabe lesen statt aus dem Schlüsselbund-Eintrag des Profils.</translation>
    </message>
    <message>
        <source>No refresh token is stored for profile &apos;%1&apos;%2: run &apos;login&apos; with --scope &apos;openid offline_access&apos; first, or pass one with --stdin.</source>
        <translation>Für das Profil „%1“%2 ist kein Refresh-Token gespeichert: Führen Sie zuerst „login“ mit --scope &apos;openid offline_access&apos; aus oder übergeben Sie eines mit --stdin.</translation>
    </message>
    <message>
        <source>tokens are never taken from the command line: use --stdin or a profile.</source>
        <translation>Tokens werden nie von der Befehlszeile übernommen: Verwenden Sie --stdin oder ein Profil.</translation>
    </message>
    <message>
        <source>no native application: give --client-id or set it in the profile.</source>
        <translation>keine native Anwendung: Geben Sie --client-id an oder legen Sie sie im Profil fest.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RepairCommand</name>
    <message>
        <source>Also check this user (user_id) and, with --set-default-org, set their default organization.</source>
        <translation>Auch diesen Benutzer (user_id) prüfen und mit --set-default-org seine Standardorganisation setzen.</translation>
    </message>
    <message>
        <source>Set the user&apos;s app_metadata.default_org_id: to --org, or to their only organization.</source>
        <translation>app_metadata.default_org_id des Benutzers setzen: auf --org oder auf seine einzige Organisation.</translation>
    </message>
    <message>
        <source>The organization id for --set-default-org.</source>
        <translation>Die Organisations-ID für --set-default-org.</translation>
    </message>
    <message>
        <source>Where OrgLens&apos;s post-login binding goes among the others: first, last (the default) or a 0-based index.</source>
        <translation>Wohin die Post-Login-Bindung von OrgLens unter den anderen kommt: first, last (Standard) oder ein 0-basierter Index.</translation>
    </message>
    <message>
        <source>Unbind this post-login Action (name or id), e.g. one the plan lists as setting an org claim too. Repeatable.</source>
        <translation>Diese Post-Login-Action lösen (Name oder ID), z. B. eine, die laut Plan ebenfalls einen Org-Claim setzt. Wiederholbar.</translation>
    </message>
    <message>
        <source>Print the plan and write nothing (the default).</source>
        <translation>Den Plan ausgeben und nichts schreiben (Standard).</translation>
    </message>
    <message>
        <source>Print the HTTP requests the repair would send; write nothing.</source>
        <translation>Die HTTP-Anfragen ausgeben, die die Reparatur senden würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Apply the plan (needs --yes).</source>
        <translation>Den Plan anwenden (erfordert --yes).</translation>
    </message>
    <message>
        <source>Confirm --apply: write to the tenant the plan names.</source>
        <translation>--apply bestätigen: in den Tenant schreiben, den der Plan nennt.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>will do</source>
        <translation>wird ausgeführt</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>Repair plan for tenant %1 (profile %2)</source>
        <translation>Reparaturplan für Tenant %1 (Profil %2)</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>Unbinds: %1</source>
        <translation>Löst: %1</translation>
    </message>
    <message>
        <source>Stays bound (unbind with --unbind &quot;%1&quot;): %2</source>
        <translation>Bleibt gebunden (lösen mit --unbind &quot;%1&quot;): %2</translation>
    </message>
    <message>
        <source>Nothing to do: every step is already in the right state.</source>
        <translation>Nichts zu tun: Jeder Schritt ist bereits im richtigen Zustand.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The doctor, before → after:</source>
        <translation>Der Doctor, vorher → nachher:</translation>
    </message>
    <message>
        <source>--position must be first, last or a 0-based index, not &apos;%1&apos;.</source>
        <translation>--position muss first, last oder ein 0-basierter Index sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Fix the tenant&apos;s org_id pipeline: plan, apply (one audit entry), undo with &apos;audit undo ID&apos;.</source>
        <translation>Die org_id-Pipeline des Tenants reparieren: planen, anwenden (ein Audit-Eintrag), rückgängig mit &apos;audit undo ID&apos;.</translation>
    </message>
    <message>
        <source>expected no arguments; the tenant comes from the profile options.</source>
        <translation>keine Argumente erwartet; der Tenant kommt aus den Profiloptionen.</translation>
    </message>
    <message>
        <source>--apply cannot be combined with --plan or --dry-run.</source>
        <translation>--apply kann nicht mit --plan oder --dry-run kombiniert werden.</translation>
    </message>
    <message>
        <source>--apply writes to the tenant: read the plan (--plan), then add --yes.</source>
        <translation>--apply schreibt in den Tenant: Lesen Sie den Plan (--plan) und fügen Sie dann --yes hinzu.</translation>
    </message>
    <message>
        <source>--set-default-org needs --user.</source>
        <translation>--set-default-org erfordert --user.</translation>
    </message>
    <message>
        <source>repair runs the doctor with --probe actions only; probe the exchange with &apos;doctor --probe exchange&apos; after the repair.</source>
        <translation>repair führt den Doctor nur mit --probe actions aus; prüfen Sie den Austausch nach der Reparatur mit &apos;doctor --probe exchange&apos;.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RevokeCommand</name>
    <message>
        <source>Revoke the stored refresh token and forget it.</source>
        <translation>Das gespeicherte Refresh-Token widerrufen und vergessen.</translation>
    </message>
    <message>
        <source>The refresh token was revoked.</source>
        <translation>Das Refresh-Token wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::TokenCommand</name>
    <message>
        <source>Get a client-credentials token (Management API unless --audience).</source>
        <translation>Ein Client-Credentials-Token holen (Management API, außer mit --audience).</translation>
    </message>
    <message>
        <source>client-credentials</source>
        <translation>client-credentials</translation>
    </message>
    <message>
        <source>expected &apos;token client-credentials&apos;.</source>
        <translation>„token client-credentials“ erwartet.</translation>
    </message>
    <message>
        <source>no machine-to-machine application: give --mgmt-client-id or set it in the profile.</source>
        <translation>keine Machine-to-Machine-Anwendung: Geben Sie --mgmt-client-id an oder legen Sie sie im Profil fest.</translation>
    </message>
    <message>
        <source>no client secret: set ORGLENS_MGMT_CLIENT_SECRET, or store it with &apos;profile set NAME --mgmt-client-secret-stdin&apos;.</source>
        <translation>kein Client-Secret: Setzen Sie ORGLENS_MGMT_CLIENT_SECRET oder speichern Sie es mit „profile set NAME --mgmt-client-secret-stdin“.</translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded token.</source>
        <translation>Die rohe Token-Antwort und das dekodierte Token ausgeben.</translation>
    </message>
    <message>
        <source>Organization id (or name): an M2M token with org_id.</source>
        <translation>Organisations-ID (oder -Name): ein M2M-Token mit org_id.</translation>
    </message>
    <message>
        <source>Authenticate with HTTP Basic (client_secret_basic) instead of the form.</source>
        <translation>Mit HTTP Basic (client_secret_basic) statt über das Formular authentifizieren.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::TokenInput</name>
    <message>
        <source>Note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
</context>
<context>
    <name>orglens::cli::UsersCommand</name>
    <message>
        <source>Users: get ID, search QUERY, by-email EMAIL, orgs ID, set-default-org USER ORG, bulk-set-default-org FILE.csv.</source>
        <translation>Benutzer: get ID, search ABFRAGE, by-email E-MAIL, orgs ID, set-default-org BENUTZER ORG, bulk-set-default-org DATEI.csv.</translation>
    </message>
    <message>
        <source>get ID | search QUERY | by-email EMAIL | orgs ID | set-default-org USER ORG | bulk-set-default-org FILE</source>
        <translation>get ID | search ABFRAGE | by-email E-MAIL | orgs ID | set-default-org BENUTZER ORG | bulk-set-default-org DATEI</translation>
    </message>
    <message>
        <source>expected one of: users get ID, users search QUERY, users by-email EMAIL, users orgs ID, users set-default-org USER ORG, users bulk-set-default-org FILE.</source>
        <translation>erwartet wird eines von: users get ID, users search ABFRAGE, users by-email E-MAIL, users orgs ID, users set-default-org BENUTZER ORG, users bulk-set-default-org DATEI.</translation>
    </message>
    <message>
        <source>%1 of %2 user(s)</source>
        <translation>%1 von %2 Benutzer(n)</translation>
    </message>
    <message>
        <source>expected &apos;users set-default-org USER --clear&apos;.</source>
        <translation>„users set-default-org BENUTZER --clear“ erwartet.</translation>
    </message>
    <message>
        <source>expected &apos;users set-default-org USER ORG&apos; (or USER --clear).</source>
        <translation>„users set-default-org BENUTZER ORG“ (oder BENUTZER --clear) erwartet.</translation>
    </message>
    <message>
        <source>%1: app_metadata.default_org_id %2 -&gt; %3</source>
        <translation>%1: app_metadata.default_org_id %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Warning: %1 is not a member of %2 (--allow-non-member).</source>
        <translation>Warnung: %1 ist kein Mitglied von %2 (--allow-non-member).</translation>
    </message>
    <message>
        <source>dry run, nothing changed</source>
        <translation>Probelauf, nichts geändert</translation>
    </message>
    <message>
        <source>already set, nothing to do</source>
        <translation>bereits gesetzt, nichts zu tun</translation>
    </message>
    <message>
        <source>(done, verified; audit entry %1)</source>
        <translation>(erledigt, geprüft; Audit-Eintrag %1)</translation>
    </message>
    <message>
        <source>expected &apos;users bulk-set-default-org FILE.csv&apos;.</source>
        <translation>„users bulk-set-default-org DATEI.csv“ erwartet.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency muss eine Zahl von 1 bis 64 sein.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2 %3 -&gt; %4%5</source>
        <translation>Zeile %1: %2 %3 -&gt; %4%5</translation>
    </message>
    <message>
        <source>  (already set, skip)</source>
        <translation>  (bereits gesetzt, übersprungen)</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) would change; nothing was changed (%3 Management API requests).</source>
        <translation>Probelauf: %1 von %2 Zeile(n) würden sich ändern; nichts wurde geändert (%3 Management-API-Anfragen).</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, ETA %4 s</source>
        <translation>%1/%2 Zeilen, %3 Zeilen/s, noch %4 s</translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3: %4</source>
        <translation>Zeile %1: %2 -&gt; %3: %4</translation>
    </message>
    <message>
        <source>--page must be a whole number from 0 (the first page).</source>
        <translation>--page muss eine ganze Zahl ab 0 sein (die erste Seite).</translation>
    </message>
    <message>
        <source>--per-page must be a number from 1 to 100.</source>
        <translation>--per-page muss eine Zahl von 1 bis 100 sein.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Applied %1, skipped %2, failed %3, not started %4 in %5 s (%6 Management API requests). Journal: %7</source>
        <translation>Angewendet %1, übersprungen %2, fehlgeschlagen %3, nicht begonnen %4 in %5 s (%6 Anfragen an die Management API). Journal: %7</translation>
    </message>
    <message>
        <source>Membership in %1 (%2 members): checked per user for the %3 user(s) of the CSV, %4 request(s) instead of %5 to read the member list.</source>
        <translation>Mitgliedschaft in %1 (%2 Mitglieder): für die %3 Benutzer der CSV-Datei einzeln geprüft, %4 Anfrage(n) statt %5 zum Lesen der Mitgliederliste.</translation>
    </message>
    <message>
        <source>Membership in %1 (%2 members): read from the member list for the %3 user(s) of the CSV, %4 request(s) instead of %5 to check each user.</source>
        <translation>Mitgliedschaft in %1 (%2 Mitglieder): für die %3 Benutzer der CSV-Datei aus der Mitgliederliste gelesen, %4 Anfrage(n) statt %5 für die Prüfung jedes Benutzers.</translation>
    </message>
    <message>
        <source>set-default-org: delete the key instead.</source>
        <translation>set-default-org: stattdessen den Schlüssel löschen.</translation>
    </message>
    <message>
        <source>Allow an organization the user is not a member of.</source>
        <translation>Eine Organisation erlauben, in der der Benutzer kein Mitglied ist.</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Zeigen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <source>bulk: continue an interrupted run.</source>
        <translation>bulk: einen unterbrochenen Lauf fortsetzen.</translation>
    </message>
    <message>
        <source>bulk: the journal file (default: the CSV file name + .journal).</source>
        <translation>bulk: die Journaldatei (Standard: der Name der CSV-Datei + .journal).</translation>
    </message>
    <message>
        <source>bulk: PATCHes in flight (default 4).</source>
        <translation>bulk: gleichzeitig laufende PATCH-Anfragen (Standard 4).</translation>
    </message>
    <message>
        <source>search: page (0-based).</source>
        <translation>search: Seite (ab 0 gezählt).</translation>
    </message>
    <message>
        <source>search: results per page (at most 100).</source>
        <translation>search: Ergebnisse pro Seite (höchstens 100).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 row(s) are not valid; nothing was changed:</source>
        <translation>%1 Zeile(n) sind ungültig; nichts wurde geändert:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 row(s) were changed but have no audit entry (see their detail); --resume writes the entries once the audit log can be written.</source>
        <translation>%1 Zeile(n) wurden geändert, haben aber keinen Audit-Eintrag (siehe ihr Detail); --resume schreibt die Einträge, sobald das Audit-Log wieder geschrieben werden kann.</translation>
    </message>
</context>
<context>
    <name>orglens::demo</name>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Tenant</translation>
    </message>
    <message>
        <source>This is the built-in demo tenant: log in as %1 with the password %2.</source>
        <translation>Dies ist der eingebaute Demo-Tenant: Melden Sie sich als %1 mit dem Passwort %2 an.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::ActionPresets</name>
    <message>
        <source>No Actions deployed: the tenant itself adds the namespaced org claim on device logins and verifies subject tokens before an exchange.</source>
        <translation>Keine Actions bereitgestellt: Der Tenant selbst fügt bei Geräteanmeldungen den Org-Claim mit Namespace hinzu und prüft Subject-Tokens vor einem Austausch.</translation>
    </message>
    <message>
        <source>The support article&apos;s Actions as published: the org claim only on device logins, and an exchange whose placeholder validateToken accepts any subject token.</source>
        <translation>Die Actions des Support-Artikels wie veröffentlicht: der Org-Claim nur bei Geräteanmeldungen und ein Austausch, dessen Platzhalter validateToken jedes Subject-Token akzeptiert.</translation>
    </message>
    <message>
        <source>The article&apos;s Post-Login Action and an exchange that decodes the subject token without verifying it: forged tokens are accepted for any user.</source>
        <translation>Die Post-Login-Action des Artikels und ein Austausch, der das Subject-Token dekodiert, ohne es zu prüfen: Gefälschte Tokens werden für jeden Benutzer akzeptiert.</translation>
    </message>
    <message>
        <source>OrgLens&apos; Actions: the org claim on every login including refresh, and an exchange that verifies the subject token against the tenant&apos;s keys.</source>
        <translation>Die Actions von OrgLens: der Org-Claim bei jeder Anmeldung einschließlich Refresh und ein Austausch, der das Subject-Token mit den Schlüsseln des Tenants prüft.</translation>
    </message>
    <message>
        <source>No Actions, no token exchange profile: tokens carry no organization claim and exchanges fail.</source>
        <translation>Keine Actions, kein Token-Exchange-Profil: Tokens enthalten keinen Organisations-Claim und Austausche schlagen fehl.</translation>
    </message>
    <message>
        <source>Built-in simulation</source>
        <translation>Eingebaute Simulation</translation>
    </message>
    <message>
        <source>Support article&apos;s Actions</source>
        <translation>Actions des Support-Artikels</translation>
    </message>
    <message>
        <source>Unverified token exchange</source>
        <translation>Unverifizierter Token-Austausch</translation>
    </message>
    <message>
        <source>OrgLens&apos; fixed Actions</source>
        <translation>Korrigierte Actions von OrgLens</translation>
    </message>
    <message>
        <source>No Actions</source>
        <translation>Keine Actions</translation>
    </message>
</context>
<context>
    <name>orglens::demo::ActionRunner</name>
    <message>
        <source>Node.js is not installed, so the demo tenant cannot run Actions: it simulates them instead. Install Node.js (Debian: apt install nodejs) to run them.</source>
        <translation>Node.js ist nicht installiert, daher kann der Demo-Tenant keine Actions ausführen: Er simuliert sie stattdessen. Installieren Sie Node.js (Debian: apt install nodejs), um sie auszuführen.</translation>
    </message>
    <message>
        <source>Node.js could not be started.</source>
        <translation>Node.js konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Node.js stopped before the Action finished.</source>
        <translation>Node.js wurde beendet, bevor die Action fertig war.</translation>
    </message>
    <message>
        <source>The Action &apos;%1&apos; failed: %2</source>
        <translation>Die Action „%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>orglens::demo::DemoTenant</name>
    <message>
        <source>The demo tenant is already running on port %1.</source>
        <translation>Der Demo-Tenant läuft bereits auf Port %1.</translation>
    </message>
    <message>
        <source>The demo tenant cannot listen on 127.0.0.1:%1: %2. Choose another port with --port, or 0 for a free one.</source>
        <translation>Der Demo-Tenant kann nicht auf 127.0.0.1:%1 lauschen: %2. Wählen Sie mit --port einen anderen Port oder 0 für einen freien.</translation>
    </message>
    <message>
        <source>No route for %1 %2 on the demo tenant.</source>
        <translation>Keine Route für %1 %2 im Demo-Tenant.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::ExchangeAction</name>
    <message>
        <source>The Action &apos;%1&apos; must call exactly one of api.authentication.setUserById and setUserByConnection.</source>
        <translation>Die Action „%1“ muss genau eine der Funktionen api.authentication.setUserById und setUserByConnection aufrufen.</translation>
    </message>
    <message>
        <source>The Action &apos;%1&apos; set the user &apos;%2&apos;, who does not exist.</source>
        <translation>Die Action „%1“ hat den Benutzer „%2“ gesetzt, den es nicht gibt.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::LoginPages</name>
    <message>
        <source>Log in to continue to %1.</source>
        <translation>Melden Sie sich an, um zu %1 fortzufahren.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Demo users: alice@example.com, bob@example.com, carol@example.com, dave@example.com; password: demo-password.</source>
        <translation>Demo-Benutzer: alice@example.com, bob@example.com, carol@example.com, dave@example.com; Passwort: demo-password.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Confirm that this code matches the one shown on your device: %1</source>
        <translation>Bestätigen Sie, dass dieser Code mit dem auf Ihrem Gerät angezeigten übereinstimmt: %1</translation>
    </message>
    <message>
        <source>%1 is requesting access to your account %2.</source>
        <translation>%1 bittet um Zugriff auf Ihr Konto %2.</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Device confirmation</source>
        <translation>Gerätebestätigung</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>%1 autorisieren</translation>
    </message>
    <message>
        <source>Enter the code displayed on your device</source>
        <translation>Geben Sie den auf Ihrem Gerät angezeigten Code ein</translation>
    </message>
    <message>
        <source>Device activation</source>
        <translation>Geräteaktivierung</translation>
    </message>
</context>
<context>
    <name>orglens::demo::OAuthServer</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Unknown client: %1</source>
        <translation>Unbekannter Client: %1</translation>
    </message>
    <message>
        <source>Callback URL mismatch. &apos;%1&apos; is not in the list of allowed callback URLs of %2 (any http://127.0.0.1:&lt;port&gt;/… or http://localhost:&lt;port&gt;/… URL).</source>
        <translation>Callback-URL stimmt nicht überein. „%1“ ist nicht in der Liste der erlaubten Callback-URLs von %2 (jede URL http://127.0.0.1:&lt;Port&gt;/… oder http://localhost:&lt;Port&gt;/…).</translation>
    </message>
    <message>
        <source>Grant type &apos;authorization_code&apos; not allowed for the client.</source>
        <translation>Grant type &apos;authorization_code&apos; not allowed for the client.</translation>
    </message>
    <message>
        <source>Unsupported response type: &apos;%1&apos;. The demo tenant supports only &apos;code&apos;.</source>
        <translation>Nicht unterstützter Antworttyp: „%1“. Der Demo-Tenant unterstützt nur „code“.</translation>
    </message>
    <message>
        <source>Missing required parameter: code_challenge (PKCE with S256).</source>
        <translation>Erforderlicher Parameter fehlt: code_challenge (PKCE mit S256).</translation>
    </message>
    <message>
        <source>Unsupported code_challenge_method: &apos;%1&apos;. Only S256 is supported.</source>
        <translation>Nicht unterstützte code_challenge_method: „%1“. Nur S256 wird unterstützt.</translation>
    </message>
    <message>
        <source>the connection %1 is not enabled for this client</source>
        <translation>the connection %1 is not enabled for this client</translation>
    </message>
    <message>
        <source>Service not found: %1</source>
        <translation>Service not found: %1</translation>
    </message>
    <message>
        <source>parameter organization is not allowed for this client</source>
        <translation>parameter organization is not allowed for this client</translation>
    </message>
    <message>
        <source>parameter organization is invalid: %1</source>
        <translation>parameter organization is invalid: %1</translation>
    </message>
    <message>
        <source>parameter organization is required for this client</source>
        <translation>parameter organization is required for this client</translation>
    </message>
    <message>
        <source>Login required</source>
        <translation>Login required</translation>
    </message>
    <message>
        <source>The login transaction is unknown or finished. Start the login again from the application.</source>
        <translation>Die Anmeldetransaktion ist unbekannt oder beendet. Starten Sie die Anmeldung in der Anwendung erneut.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The login transaction is unknown, finished or not logged in yet. Start again.</source>
        <translation>Die Anmeldetransaktion ist unbekannt, beendet oder noch nicht angemeldet. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>User did not authorize the request</source>
        <translation>User did not authorize the request</translation>
    </message>
    <message>
        <source>Device activation</source>
        <translation>Geräteaktivierung</translation>
    </message>
    <message>
        <source>This code has expired or was already used.</source>
        <translation>Dieser Code ist abgelaufen oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>You cancelled the request; the device was not connected.</source>
        <translation>Sie haben die Anfrage abgebrochen; das Gerät wurde nicht verbunden.</translation>
    </message>
    <message>
        <source>Congratulations, you&apos;re all set!</source>
        <translation>Geschafft, alles ist eingerichtet!</translation>
    </message>
    <message>
        <source>Your device is now connected. You can close this window.</source>
        <translation>Ihr Gerät ist jetzt verbunden. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>user %1 is not part of the %2 organization</source>
        <translation>user %1 is not part of the %2 organization</translation>
    </message>
    <message>
        <source>Missing required parameter: client_id</source>
        <translation>Missing required parameter: client_id</translation>
    </message>
    <message>
        <source>Grant type &apos;%1&apos; not allowed for the client.</source>
        <translation>Grant type &apos;%1&apos; not allowed for the client.</translation>
    </message>
    <message>
        <source>organization is ignored: the Device Authorization flow does not support Organizations, tokens never carry org_id</source>
        <translation>organization wird ignoriert: Der Device-Authorization-Flow unterstützt keine Organisationen, Tokens enthalten nie org_id</translation>
    </message>
    <message>
        <source>Invalid or expired code. Check the code on your device.</source>
        <translation>Ungültiger oder abgelaufener Code. Prüfen Sie den Code auf Ihrem Gerät.</translation>
    </message>
    <message>
        <source>The returnTo URL &apos;%1&apos; is not in the list of allowed logout URLs of %2.</source>
        <translation>Die returnTo-URL „%1“ ist nicht in der Liste der erlaubten Logout-URLs von %2.</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>You are logged out of the demo tenant.</source>
        <translation>Sie sind vom Demo-Tenant abgemeldet.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::RequestParameters</name>
    <message>
        <source>The JSON body is invalid at offset %1: %2.</source>
        <translation>Der JSON-Inhalt ist an Position %1 ungültig: %2.</translation>
    </message>
    <message>
        <source>The JSON body must be an object.</source>
        <translation>Der JSON-Inhalt muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::TenantStore</name>
    <message>
        <source>The user does not exist.</source>
        <translation>Der Benutzer existiert nicht.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::TokenEndpoint</name>
    <message>
        <source>Unsupported grant type: %1</source>
        <translation>Unsupported grant type: %1</translation>
    </message>
    <message>
        <source>Grant type &apos;%1&apos; not allowed for the client.</source>
        <translation>Grant type &apos;%1&apos; not allowed for the client.</translation>
    </message>
    <message>
        <source>The HTTP Basic credentials must be base64(client_id:client_secret).</source>
        <translation>Die HTTP-Basic-Anmeldedaten müssen base64(client_id:client_secret) sein.</translation>
    </message>
    <message>
        <source>Unknown client: %1</source>
        <translation>Unbekannter Client: %1</translation>
    </message>
    <message>
        <source>Client authentication is required for %1: send client_secret in the body (client_secret_post) or use HTTP Basic.</source>
        <translation>Für %1 ist Client-Authentifizierung erforderlich: Senden Sie client_secret im Inhalt (client_secret_post) oder verwenden Sie HTTP Basic.</translation>
    </message>
    <message>
        <source>Client authentication failed: wrong client_secret for %1.</source>
        <translation>Client-Authentifizierung fehlgeschlagen: falsches client_secret für %1.</translation>
    </message>
    <message>
        <source>parameter organization is invalid: %1</source>
        <translation>parameter organization is invalid: %1</translation>
    </message>
    <message>
        <source>Invalid authorization code</source>
        <translation>Invalid authorization code</translation>
    </message>
    <message>
        <source>The redirect_uri does not match the one sent to /authorize.</source>
        <translation>Die redirect_uri stimmt nicht mit der an /authorize gesendeten überein.</translation>
    </message>
    <message>
        <source>Parameter &apos;code_verifier&apos; is required</source>
        <translation>Parameter &apos;code_verifier&apos; is required</translation>
    </message>
    <message>
        <source>Failed to verify code verifier</source>
        <translation>Failed to verify code verifier</translation>
    </message>
    <message>
        <source>a rotated refresh token was used again; its whole family is revoked</source>
        <translation>Ein rotiertes Refresh-Token wurde erneut verwendet; seine ganze Familie ist widerrufen</translation>
    </message>
    <message>
        <source>No audience parameter was provided, and no default audience has been configured</source>
        <translation>No audience parameter was provided, and no default audience has been configured</translation>
    </message>
    <message>
        <source>Service not found: %1</source>
        <translation>Service not found: %1</translation>
    </message>
    <message>
        <source>Client is not authorized to access &quot;%1&quot;. You need to create a &quot;client-grant&quot; associated to this API.</source>
        <translation>Client is not authorized to access &quot;%1&quot;. You need to create a &quot;client-grant&quot; associated to this API.</translation>
    </message>
    <message>
        <source>Client has not been granted scopes: %1</source>
        <translation>Client has not been granted scopes: %1</translation>
    </message>
    <message>
        <source>parameter organization is not allowed for this client</source>
        <translation>parameter organization is not allowed for this client</translation>
    </message>
    <message>
        <source>the client grant of %1 for %2 is not associated with the organization %3</source>
        <translation>the client grant of %1 for %2 is not associated with the organization %3</translation>
    </message>
    <message>
        <source>parameter organization is required for this client</source>
        <translation>parameter organization is required for this client</translation>
    </message>
    <message>
        <source>Invalid or expired device code.</source>
        <translation>Ungültiger oder abgelaufener Device-Code.</translation>
    </message>
    <message>
        <source>The device code has expired: start the device flow again.</source>
        <translation>Der Device-Code ist abgelaufen: Starten Sie den Device Flow erneut.</translation>
    </message>
    <message>
        <source>User cancelled the confirmation prompt.</source>
        <translation>User cancelled the confirmation prompt.</translation>
    </message>
    <message>
        <source>You are polling faster than the specified interval of %1 seconds.</source>
        <translation>You are polling faster than the specified interval of %1 seconds.</translation>
    </message>
    <message>
        <source>User has yet to authorize device code.</source>
        <translation>User has yet to authorize device code.</translation>
    </message>
    <message>
        <source>Invalid subject token: %1</source>
        <translation>Ungültiges Subject-Token: %1</translation>
    </message>
    <message>
        <source>the issuer &apos;%1&apos; is not this tenant (%2).</source>
        <translation>Der Issuer „%1“ ist nicht dieser Tenant (%2).</translation>
    </message>
    <message>
        <source>the token expired at %1.</source>
        <translation>Das Token ist um %1 abgelaufen.</translation>
    </message>
    <message>
        <source>it is not an access token of this tenant (its audience is no API of the tenant).</source>
        <translation>Es ist kein Access-Token dieses Tenants (seine Audience ist keine API des Tenants).</translation>
    </message>
    <message>
        <source>it was issued to a machine-to-machine client, not to a user.</source>
        <translation>Es wurde für einen Machine-to-Machine-Client ausgestellt, nicht für einen Benutzer.</translation>
    </message>
    <message>
        <source>its user &apos;%1&apos; does not exist.</source>
        <translation>Sein Benutzer „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>subject_token_type &apos;%1&apos; is reserved: use a URI your organization owns (https://… or urn:…), not auth0.com, okta.com, urn:ietf, urn:auth0 or urn:okta.</source>
        <translation>subject_token_type „%1“ ist reserviert: Verwenden Sie eine URI, die Ihrer Organisation gehört (https://… oder urn:…), nicht auth0.com, okta.com, urn:ietf, urn:auth0 oder urn:okta.</translation>
    </message>
    <message>
        <source>The subject token has no %1 claim and no organization parameter was sent: the exchange cannot set an organization.</source>
        <translation>Das Subject-Token hat keinen Claim %1, und es wurde kein Parameter organization gesendet: Der Austausch kann keine Organisation setzen.</translation>
    </message>
    <message>
        <source>user %1 is not part of the %2 organization</source>
        <translation>user %1 is not part of the %2 organization</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Missing required parameter: %1</source>
        <translation>Missing required parameter: %1</translation>
    </message>
    <message>
        <source>The application %1 may not use Custom Token Exchange profiles: set its token_exchange.allow_any_profile_of_type to [&quot;custom_authentication&quot;].</source>
        <translation>Die Anwendung %1 darf keine Custom-Token-Exchange-Profile verwenden: Setzen Sie ihr token_exchange.allow_any_profile_of_type auf [&quot;custom_authentication&quot;].</translation>
    </message>
    <message>
        <source> (the demo tenant&apos;s built-in exchange uses &apos;%1&apos;)</source>
        <translation> (der eingebaute Austausch des Demo-Tenants verwendet „%1“)</translation>
    </message>
    <message>
        <source>No Custom Token Exchange profile for subject_token_type &apos;%1&apos;%2.</source>
        <translation>Kein Custom-Token-Exchange-Profil für subject_token_type „%1“%2.</translation>
    </message>
    <message>
        <source>The token exchange profile &apos;%1&apos; names the Action %2, which is not deployed: deploy it, or point the profile at a deployed Action.</source>
        <translation>Das Token-Exchange-Profil „%1“ nennt die Action %2, die nicht bereitgestellt ist: Stellen Sie sie bereit oder verweisen Sie das Profil auf eine bereitgestellte Action.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::TokenIssuer</name>
    <message>
        <source>Unknown or invalid refresh token.</source>
        <translation>Unknown or invalid refresh token.</translation>
    </message>
    <message>
        <source>The access token is not valid for /userinfo.</source>
        <translation>Das Access-Token ist für /userinfo nicht gültig.</translation>
    </message>
</context>
<context>
    <name>orglens::doctor::DoctorTexts</name>
    <message>
        <source>The tenant runs its deployed Actions with test events (a device-code login, a refresh, and an exchange of a subject token signed by a throwaway key); nothing is written to the tenant. Needs the create:actions scope.</source>
        <translation>Der Tenant führt seine bereitgestellten Actions mit Testereignissen aus (eine Device-Code-Anmeldung, eine Erneuerung und ein Austausch eines mit einem Wegwerfschlüssel signierten Subject-Tokens); nichts wird in den Tenant geschrieben. Benötigt den Scope create:actions.</translation>
    </message>
    <message>
        <source>a test user</source>
        <translation>einen Testbenutzer</translation>
    </message>
    <message>
        <source>the token exchange accepts forged subject tokens: anyone can obtain tokens for any user and organization</source>
        <translation>Der Token-Austausch akzeptiert gefälschte Subject-Tokens: Jeder kann Tokens für jeden Benutzer und jede Organisation erhalten</translation>
    </message>
    <message>
        <source>Sends the token endpoint of %1 a token exchange whose subject token is signed by a throwaway key (the claims of a device token of %2); a token it returns is shown decoded, never stored.</source>
        <translation>Schickt dem Token-Endpunkt von %1 einen Token-Austausch, dessen Subject-Token mit einem Wegwerfschlüssel signiert ist (mit den Claims eines Geräte-Tokens von %2); ein zurückgegebenes Token wird dekodiert angezeigt, nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>orglens::doctor::PipelineChecks</name>
    <message>
        <source>the Actions could not be read: %1</source>
        <translation>die Actions konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The tenant ran its Actions with test events.</source>
        <translation>Der Tenant hat seine Actions mit Testereignissen ausgeführt.</translation>
    </message>
    <message>
        <source>“%1” v%2, line %3: %4</source>
        <translation>„%1“ v%2, Zeile %3: %4</translation>
    </message>
    <message>
        <source>“%1” version %2</source>
        <translation>„%1“ Version %2</translation>
    </message>
    <message>
        <source>Could not read the %1: %2.</source>
        <translation>Konnte %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Run the Action test probe (orglens-cli doctor --probe actions): this is judged by running the deployed code, not by reading it.</source>
        <translation>Führen Sie die Action-Testprobe aus (orglens-cli doctor --probe actions): Dies wird durch Ausführen des bereitgestellten Codes beurteilt, nicht durch Lesen.</translation>
    </message>
    <message>
        <source>A Post-Login Action that sets the namespaced org claim is bound</source>
        <translation>Eine Post-Login-Action, die den Org-Claim mit Namespace setzt, ist gebunden</translation>
    </message>
    <message>
        <source>Bound: %1</source>
        <translation>Gebunden: %1</translation>
    </message>
    <message>
        <source>No Action is bound to the post-login trigger.</source>
        <translation>An den Post-Login-Trigger ist keine Action gebunden.</translation>
    </message>
    <message>
        <source>None of the bound Actions calls setCustomClaim with org_id.</source>
        <translation>Keine der gebundenen Actions ruft setCustomClaim mit org_id auf.</translation>
    </message>
    <message>
        <source>Device-code logins get the org claim</source>
        <translation>Device-Code-Anmeldungen erhalten den Org-Claim</translation>
    </message>
    <message>
        <source>An Action sets org_id itself: Auth0 ignores that restricted claim.</source>
        <translation>Eine Action setzt org_id selbst: Auth0 ignoriert diesen eingeschränkten Claim.</translation>
    </message>
    <message>
        <source>A device-code test run of the bound Actions set no org claim.</source>
        <translation>Ein Device-Code-Testlauf der gebundenen Actions hat keinen Org-Claim gesetzt.</translation>
    </message>
    <message>
        <source>Set the user&apos;s app_metadata.default_org_id (the Action copies it).</source>
        <translation>Setzen Sie app_metadata.default_org_id des Benutzers (die Action übernimmt es).</translation>
    </message>
    <message>
        <source>Make the Post-Login Action set the namespaced org claim on device-code logins.</source>
        <translation>Lassen Sie die Post-Login-Action den Org-Claim mit Namespace bei Device-Code-Anmeldungen setzen.</translation>
    </message>
    <message>
        <source>A device-code test run set %1 = %2.</source>
        <translation>Ein Device-Code-Testlauf hat %1 = %2 gesetzt.</translation>
    </message>
    <message>
        <source>Refreshed tokens keep the org claim</source>
        <translation>Erneuerte Tokens behalten den Org-Claim</translation>
    </message>
    <message>
        <source>A refresh-token test run set %1.</source>
        <translation>Ein Refresh-Token-Testlauf hat %1 gesetzt.</translation>
    </message>
    <message>
        <source>A refresh-token test run (protocol oauth2-refresh-token) set no org claim: Auth0 does not carry claims over, so refreshed tokens lose it.</source>
        <translation>Ein Refresh-Token-Testlauf (Protokoll oauth2-refresh-token) hat keinen Org-Claim gesetzt: Auth0 übernimmt keine Claims, daher verlieren erneuerte Tokens ihn.</translation>
    </message>
    <message>
        <source>Run the Post-Login Action for every protocol (drop the oauth2-device-code check).</source>
        <translation>Führen Sie die Post-Login-Action für jedes Protokoll aus (entfernen Sie die Prüfung auf oauth2-device-code).</translation>
    </message>
    <message>
        <source>The Post-Login Action, the exchange Action and the profile use one namespace</source>
        <translation>Post-Login-Action, Austausch-Action und Profil verwenden einen Namespace</translation>
    </message>
    <message>
        <source>The Post-Login Action writes %1; the profile expects %2.</source>
        <translation>Die Post-Login-Action schreibt %1; das Profil erwartet %2.</translation>
    </message>
    <message>
        <source>The exchange Action names no namespace.</source>
        <translation>Die Austausch-Action nennt keinen Namespace.</translation>
    </message>
    <message>
        <source>The exchange Action names %1.</source>
        <translation>Die Austausch-Action nennt %1.</translation>
    </message>
    <message>
        <source>Use %1 in both Actions and in the profile (or change the profile&apos;s namespace to the one the Actions use).</source>
        <translation>Verwenden Sie %1 in beiden Actions und im Profil (oder ändern Sie den Namespace des Profils auf den der Actions).</translation>
    </message>
    <message>
        <source>A token exchange profile for the subject token type names a deployed Action</source>
        <translation>Ein Token-Exchange-Profil für den Subject-Token-Typ nennt eine bereitgestellte Action</translation>
    </message>
    <message numerus="yes">
        <source>No profile has subject_token_type %1 (%n profile(s) read).</source>
        <translation>
            <numerusform>Kein Profil hat subject_token_type %1 (%n Profil gelesen).</numerusform>
            <numerusform>Kein Profil hat subject_token_type %1 (%n Profile gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile “%1” for %2 names Action %3.</source>
        <translation>Profil „%1“ für %2 nennt die Action %3.</translation>
    </message>
    <message>
        <source>“%1” has never been deployed.</source>
        <translation>„%1“ wurde nie bereitgestellt.</translation>
    </message>
    <message>
        <source>Deploy the Action “%1”.</source>
        <translation>Stellen Sie die Action „%1“ bereit.</translation>
    </message>
    <message>
        <source>Deployed: %1.</source>
        <translation>Bereitgestellt: %1.</translation>
    </message>
    <message>
        <source>The exchange application may use custom_authentication profiles</source>
        <translation>Die Austausch-Anwendung darf custom_authentication-Profile verwenden</translation>
    </message>
    <message>
        <source>Set the profile&apos;s exchange application.</source>
        <translation>Legen Sie die Austausch-Anwendung des Profils fest.</translation>
    </message>
    <message>
        <source>%1: token_exchange.allow_any_profile_of_type = [%2].</source>
        <translation>%1: token_exchange.allow_any_profile_of_type = [%2].</translation>
    </message>
    <message>
        <source>It is a third-party application: Custom Token Exchange needs a first-party one.</source>
        <translation>Es ist eine Drittanbieter-Anwendung: Custom Token Exchange braucht eine eigene (First-Party).</translation>
    </message>
    <message>
        <source>It is not OIDC conformant: Custom Token Exchange needs it to be.</source>
        <translation>Sie ist nicht OIDC-konform: Custom Token Exchange setzt das voraus.</translation>
    </message>
    <message>
        <source>The exchange Action verifies the subject token (signature, issuer, audience, expiry)</source>
        <translation>Die Austausch-Action prüft das Subject-Token (Signatur, Aussteller, Zielgruppe, Ablauf)</translation>
    </message>
    <message>
        <source>Needs a token exchange profile with its Action (see exchange-profile).</source>
        <translation>Braucht ein Token-Exchange-Profil mit seiner Action (siehe exchange-profile).</translation>
    </message>
    <message>
        <source>A forged token naming %1 made it log in as %1: anyone can become any user.</source>
        <translation>Ein gefälschtes Token mit %1 ließ sie %1 anmelden: Jeder kann zu jedem Benutzer werden.</translation>
    </message>
    <message>
        <source>The exchange Action sets the organization</source>
        <translation>Die Austausch-Action setzt die Organisation</translation>
    </message>
    <message>
        <source>A test run set the user but no organization (the subject token carried %1).</source>
        <translation>Ein Testlauf hat den Benutzer, aber keine Organisation gesetzt (das Subject-Token enthielt %1).</translation>
    </message>
    <message>
        <source>A test run called setOrganization(%1), but the subject token carried %2: the organization does not come from the token.</source>
        <translation>Ein Testlauf rief setOrganization(%1) auf, das Subject-Token enthielt aber %2: Die Organisation stammt nicht aus dem Token.</translation>
    </message>
    <message>
        <source>A test run called setOrganization(%1), the organization in the subject token.</source>
        <translation>Ein Testlauf rief setOrganization(%1) auf, die Organisation aus dem Subject-Token.</translation>
    </message>
    <message>
        <source>The deployed code never calls setOrganization.</source>
        <translation>Der bereitgestellte Code ruft setOrganization nie auf.</translation>
    </message>
    <message>
        <source>Seen in the deployed code: %1</source>
        <translation>Im bereitgestellten Code gesehen: %1</translation>
    </message>
    <message>
        <source>Call api.authentication.setOrganization(orgId) with the organization from the verified subject token, read under the profile&apos;s namespace.</source>
        <translation>Rufen Sie api.authentication.setOrganization(orgId) mit der Organisation aus dem geprüften Subject-Token auf, gelesen unter dem Namespace des Profils.</translation>
    </message>
    <message>
        <source>The user has a default organization</source>
        <translation>Der Benutzer hat eine Standardorganisation</translation>
    </message>
    <message>
        <source>Give a user (--user USER_ID) to check.</source>
        <translation>Geben Sie einen Benutzer an (--user USER_ID), um das zu prüfen.</translation>
    </message>
    <message>
        <source>%1 has no app_metadata.default_org_id.</source>
        <translation>%1 hat kein app_metadata.default_org_id.</translation>
    </message>
    <message>
        <source>%1: app_metadata.default_org_id = %2.</source>
        <translation>%1: app_metadata.default_org_id = %2.</translation>
    </message>
    <message>
        <source>orglens-cli users set-default-org %1 ORG</source>
        <translation>orglens-cli users set-default-org %1 ORG</translation>
    </message>
    <message>
        <source>The user is a member of the default organization</source>
        <translation>Der Benutzer ist Mitglied der Standardorganisation</translation>
    </message>
    <message>
        <source>Needs a default organization (see user-default-org).</source>
        <translation>Braucht eine Standardorganisation (siehe user-default-org).</translation>
    </message>
    <message>
        <source>Member of: %1.</source>
        <translation>Mitglied von: %1.</translation>
    </message>
    <message>
        <source>no organization</source>
        <translation>keiner Organisation</translation>
    </message>
    <message>
        <source>Add %1 to %2, or set a default organization the user belongs to.</source>
        <translation>Fügen Sie %1 zu %2 hinzu oder setzen Sie eine Standardorganisation, der der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Recent device logins, exchanges and refreshes succeeded</source>
        <translation>Letzte Geräteanmeldungen, Austausche und Erneuerungen waren erfolgreich</translation>
    </message>
    <message>
        <source>No device login, exchange or refresh in the logs read.</source>
        <translation>Keine Geräteanmeldung, kein Austausch und keine Erneuerung in den gelesenen Logs.</translation>
    </message>
    <message>
        <source>The newest attempt of a kind failed: its description above says why.</source>
        <translation>Der neueste Versuch einer Art ist fehlgeschlagen: Seine Beschreibung oben sagt, warum.</translation>
    </message>
    <message>
        <source>A token was issued for a subject token forged for %1.</source>
        <translation>Für ein für %1 gefälschtes Subject-Token wurde ein Token ausgestellt.</translation>
    </message>
    <message>
        <source>Refused, as it should be: %1</source>
        <translation>Abgelehnt, wie es sein soll: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>setUserById(%1) and setOrganization(%2)</source>
        <translation>setUserById(%1) und setOrganization(%2)</translation>
    </message>
    <message>
        <source>The token endpoint issued a token for a subject token forged for %1: sub %2, org_id %3.</source>
        <translation>Der Token-Endpunkt hat für ein für %1 gefälschtes Subject-Token ein Token ausgestellt: sub %2, org_id %3.</translation>
    </message>
    <message>
        <source>The token endpoint refused a subject token forged for %1: %2</source>
        <translation>Der Token-Endpunkt hat ein für %1 gefälschtes Subject-Token abgelehnt: %2</translation>
    </message>
    <message>
        <source>Given a subject token signed by a throwaway key, the Action called %1.</source>
        <translation>Mit einem mit einem Wegwerfschlüssel signierten Subject-Token rief die Action %1 auf.</translation>
    </message>
    <message>
        <source>The Action refused a subject token signed by a throwaway key: %1</source>
        <translation>Die Action hat ein mit einem Wegwerfschlüssel signiertes Subject-Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>It has no client grants.</source>
        <translation>Sie hat keine Client-Grants.</translation>
    </message>
    <message>
        <source>Its client grants: %1.</source>
        <translation>Ihre Client-Grants: %1.</translation>
    </message>
    <message>
        <source>Tenant setting: organization names are allowed (setOrganization takes an id or a name; tokens also get org_name).</source>
        <translation>Tenant-Einstellung: Organisationsnamen sind erlaubt (setOrganization nimmt eine ID oder einen Namen; Tokens erhalten auch org_name).</translation>
    </message>
    <message>
        <source>Tenant setting: organization names are off (setOrganization needs the organization&apos;s id).</source>
        <translation>Tenant-Einstellung: Organisationsnamen sind aus (setOrganization braucht die ID der Organisation).</translation>
    </message>
    <message>
        <source>Connections enabled for %1: %2.</source>
        <translation>Für %1 aktivierte Verbindungen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Enable the connection %1 for %2, or the user cannot log in through the organization.</source>
        <translation>Aktivieren Sie die Verbindung %1 für %2, sonst kann sich der Benutzer nicht über die Organisation anmelden.</translation>
    </message>
    <message>
        <source>Newest failed exchange of the application: %1 %2</source>
        <translation>Neuester fehlgeschlagener Austausch der Anwendung: %1 %2</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>The login application&apos;s organization_usage is %1; device-code tokens never get org_id from Auth0 itself.</source>
        <translation>organization_usage der Anmelde-Anwendung ist %1; Device-Code-Tokens erhalten von Auth0 selbst nie org_id.</translation>
    </message>
    <message>
        <source>%1 (organization_usage: %2)</source>
        <translation>%1 (organization_usage: %2)</translation>
    </message>
    <message>
        <source>Create a token exchange profile for %1 that names a deployed custom-token-exchange Action (POST /api/v2/token-exchange-profiles, scope create:token_exchange_profiles).</source>
        <translation>Legen Sie ein Token-Exchange-Profil für %1 an, das eine bereitgestellte custom-token-exchange-Action nennt (POST /api/v2/token-exchange-profiles, Scope create:token_exchange_profiles).</translation>
    </message>
    <message>
        <source>PATCH /api/v2/clients/%1 with {&quot;token_exchange&quot;:{&quot;allow_any_profile_of_type&quot;:[&quot;custom_authentication&quot;]}} (scope update:clients), on a first-party, OIDC-conformant application.</source>
        <translation>PATCH /api/v2/clients/%1 mit {&quot;token_exchange&quot;:{&quot;allow_any_profile_of_type&quot;:[&quot;custom_authentication&quot;]}} (Scope update:clients), für eine eigene, OIDC-konforme Anwendung.</translation>
    </message>
    <message>
        <source>Deploy and bind a Post-Login Action that adds %1org_id from app_metadata.default_org_id (orglens-cli repair deploys and binds one, with an exact undo).</source>
        <translation>Stellen Sie eine Post-Login-Action bereit und binden Sie sie, die %1org_id aus app_metadata.default_org_id hinzufügt (orglens-cli repair stellt eine bereit und bindet sie, mit exaktem Rückgängigmachen).</translation>
    </message>
    <message>
        <source>Verify the subject token in validateToken: signature against the tenant&apos;s JWKS, iss, aud and exp (orglens-cli repair deploys such an Action, with an exact undo).</source>
        <translation>Prüfen Sie das Subject-Token in validateToken: Signatur gegen das JWKS des Tenants, iss, aud und exp (orglens-cli repair stellt eine solche Action bereit, mit exaktem Rückgängigmachen).</translation>
    </message>
</context>
<context>
    <name>orglens::doctor::TenantPipeline</name>
    <message>
        <source>grant %1 to the Management API application</source>
        <translation>gewähren Sie der Management-API-Anwendung %1</translation>
    </message>
</context>
<context>
    <name>orglens::explain::ActionTemplates</name>
    <message>
        <source>The claim namespace is empty: give an https URL you own, e.g. https://example.com/.</source>
        <translation>Der Claim-Namespace ist leer: Geben Sie eine https-URL an, die Ihnen gehört, z. B. https://example.com/.</translation>
    </message>
    <message>
        <source>The claim namespace &quot;%1&quot; is not an https URL: write it like https://example.com/.</source>
        <translation>Der Claim-Namespace &quot;%1&quot; ist keine https-URL: Schreiben Sie ihn wie https://example.com/.</translation>
    </message>
    <message>
        <source>The claim namespace &quot;%1&quot; must not have a query, fragment or user name: write it like https://example.com/.</source>
        <translation>Der Claim-Namespace &quot;%1&quot; darf keine Query, kein Fragment und keinen Benutzernamen enthalten: Schreiben Sie ihn wie https://example.com/.</translation>
    </message>
    <message>
        <source>The claim namespace &quot;%1&quot; uses a domain Auth0 forbids (auth0.com, webtask.io, webtask.run): use a domain you own.</source>
        <translation>Der Claim-Namespace &quot;%1&quot; verwendet eine von Auth0 verbotene Domain (auth0.com, webtask.io, webtask.run): Verwenden Sie eine eigene Domain.</translation>
    </message>
    <message>
        <source>The token exchange Action needs the tenant&apos;s issuer to verify subject tokens: give --issuer https://&lt;domain&gt;/ or a profile.</source>
        <translation>Die Token-Exchange-Action benötigt den Issuer des Tenants, um Subject-Tokens zu prüfen: Geben Sie --issuer https://&lt;domain&gt;/ oder ein Profil an.</translation>
    </message>
    <message>
        <source>The token exchange Action needs the audience of the subject tokens (your API identifier) to check aud: give --audience or set it in the profile.</source>
        <translation>Die Token-Exchange-Action benötigt die Audience der Subject-Tokens (Ihren API-Identifier), um aud zu prüfen: Geben Sie --audience an oder legen Sie sie im Profil fest.</translation>
    </message>
    <message>
        <source>Post-Login Action</source>
        <translation>Post-Login-Action</translation>
    </message>
    <message>
        <source>Custom Token Exchange Action</source>
        <translation>Custom-Token-Exchange-Action</translation>
    </message>
</context>
<context>
    <name>orglens::explain::Preflight</name>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>The Device Authorization flow does not support Organizations: its tokens never carry org_id.</source>
        <translation>Der Device Authorization Flow unterstützt keine Organisationen: Seine Tokens enthalten nie org_id.</translation>
    </message>
    <message>
        <source>Add the namespaced claim and exchange the token (orglens-cli actions generate), or log in with pkce and --organization.</source>
        <translation>Fügen Sie den Namespace-Claim hinzu und tauschen Sie das Token aus (orglens-cli actions generate), oder melden Sie sich mit pkce und --organization an.</translation>
    </message>
    <message>
        <source>The organization parameter is ignored by the device flow.</source>
        <translation>Der Organisationsparameter wird vom Device Flow ignoriert.</translation>
    </message>
    <message>
        <source>The Resource Owner Password grant does not support Organizations: no org_id.</source>
        <translation>Der Resource Owner Password Grant unterstützt keine Organisationen: keine org_id.</translation>
    </message>
    <message>
        <source>Use the authorization code flow (pkce) with --organization.</source>
        <translation>Verwenden Sie den Authorization Code Flow (pkce) mit --organization.</translation>
    </message>
    <message>
        <source>The application requires an organization (Business Users, No Prompt): Auth0 refuses the login with &quot;parameter organization is required for this client&quot;.</source>
        <translation>Die Anwendung erfordert eine Organisation (Business Users, No Prompt): Auth0 lehnt die Anmeldung mit &quot;parameter organization is required for this client&quot; ab.</translation>
    </message>
    <message>
        <source>Send --organization.</source>
        <translation>Senden Sie --organization.</translation>
    </message>
    <message>
        <source>The application prompts for an organization: org_id is the one the user picks.</source>
        <translation>Die Anwendung fragt nach einer Organisation: org_id ist die, die der Benutzer auswählt.</translation>
    </message>
    <message>
        <source>No organization parameter: the login is not in organization context, so no org_id.</source>
        <translation>Kein Organisationsparameter: Die Anmeldung erfolgt nicht im Organisationskontext, daher keine org_id.</translation>
    </message>
    <message>
        <source>Send --organization with the organization id (or name).</source>
        <translation>Senden Sie --organization mit der Organisations-ID (oder dem Namen).</translation>
    </message>
    <message>
        <source>The application&apos;s organization settings were not read (a Business Users application with a prompt would ask the user for one).</source>
        <translation>Die Organisationseinstellungen der Anwendung wurden nicht gelesen (eine Business-Users-Anwendung mit Prompt würde den Benutzer nach einer fragen).</translation>
    </message>
    <message>
        <source>The application&apos;s Type of Users is Individuals (organization_usage deny): Auth0 refuses the login with &quot;parameter organization is not allowed for this client&quot;.</source>
        <translation>Der Benutzertyp der Anwendung ist Individuals (organization_usage deny): Auth0 lehnt die Anmeldung mit &quot;parameter organization is not allowed for this client&quot; ab.</translation>
    </message>
    <message>
        <source>Set the application&apos;s Type of Users to Business Users or Both.</source>
        <translation>Setzen Sie den Benutzertyp der Anwendung auf Business Users oder Both.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an organization name, and the profile says the tenant does not accept names (allow_organization_name_in_authentication_api): Auth0 answers &quot;parameter organization is invalid&quot;.</source>
        <translation>&quot;%1&quot; sieht wie ein Organisationsname aus, und laut Profil akzeptiert der Tenant keine Namen (allow_organization_name_in_authentication_api): Auth0 antwortet mit &quot;parameter organization is invalid&quot;.</translation>
    </message>
    <message>
        <source>Send the organization id (org_...) or enable the tenant setting.</source>
        <translation>Senden Sie die Organisations-ID (org_...) oder aktivieren Sie die Tenant-Einstellung.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: Auth0 refuses the login with access_denied.</source>
        <translation>%1 ist kein Mitglied von %2: Auth0 lehnt die Anmeldung mit access_denied ab.</translation>
    </message>
    <message>
        <source>Add the user to the organization, or log in with an organization the user belongs to.</source>
        <translation>Fügen Sie den Benutzer der Organisation hinzu oder melden Sie sich mit einer Organisation an, der der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Membership of %1 was not checked (give --user to read it).</source>
        <translation>Die Mitgliedschaft von %1 wurde nicht geprüft (geben Sie --user an, um sie zu lesen).</translation>
    </message>
    <message>
        <source>client grant organization_usage = deny (for %1): the M2M token cannot carry org_id.</source>
        <translation>Client-Grant organization_usage = deny (für %1): Das M2M-Token kann kein org_id enthalten.</translation>
    </message>
    <message>
        <source>client grant organization_usage = deny (for %1): Auth0 refuses the request with &quot;parameter organization is not allowed for this client&quot;.</source>
        <translation>Client-Grant organization_usage = deny (für %1): Auth0 lehnt die Anfrage mit &quot;parameter organization is not allowed for this client&quot; ab.</translation>
    </message>
    <message>
        <source>Set the client grant&apos;s organization_usage to allow or require and associate the organization with it.</source>
        <translation>Setzen Sie organization_usage des Client-Grants auf allow oder require und verknüpfen Sie die Organisation damit.</translation>
    </message>
    <message>
        <source>client grant organization_usage = require and the application has no default_organization: Auth0 refuses the request with &quot;parameter organization is required for this client&quot;.</source>
        <translation>Client-Grant organization_usage = require und die Anwendung hat keine default_organization: Auth0 lehnt die Anfrage mit &quot;parameter organization is required for this client&quot; ab.</translation>
    </message>
    <message>
        <source>The client grant requires an organization: org_id is the application&apos;s default_organization, which was not read (without one Auth0 refuses the request).</source>
        <translation>Der Client-Grant verlangt eine Organisation: org_id ist die default_organization der Anwendung, die nicht gelesen wurde (ohne sie lehnt Auth0 die Anfrage ab).</translation>
    </message>
    <message>
        <source>A client grant with organization_usage require and a client default_organization would add one; client grants were not read.</source>
        <translation>Ein Client Grant mit organization_usage require und eine default_organization des Clients würden eine hinzufügen; Client Grants wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>The client grant for %1 allows organizations (organization_usage allow or require) and is associated with %2; client grants were not read.</source>
        <translation>Der Client Grant für %1 erlaubt Organisationen (organization_usage allow oder require) und ist mit %2 verknüpft; Client Grants wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is associated with the client grant for %2 (allow_any_organization is false; the grant&apos;s organizations were not read).</source>
        <translation>%1 ist mit dem Client-Grant für %2 verknüpft (allow_any_organization ist false; die Organisationen des Grants wurden nicht gelesen).</translation>
    </message>
    <message>
        <source>Client credentials without an organization parameter: the M2M token has no org_id.</source>
        <translation>Client Credentials ohne Organisationsparameter: Das M2M-Token hat keine org_id.</translation>
    </message>
    <message>
        <source>Send --organization (the client grant allows organizations).</source>
        <translation>Geben Sie --organization an (der Client-Grant erlaubt Organisationen).</translation>
    </message>
    <message>
        <source>Send --organization and associate the client grant with the organization (organization_usage allow or require).</source>
        <translation>Senden Sie --organization und verknüpfen Sie den Client Grant mit der Organisation (organization_usage allow oder require).</translation>
    </message>
    <message>
        <source>the audience</source>
        <translation>die Audience</translation>
    </message>
    <message>
        <source>A refreshed token keeps the org_id of the original login, which is not known here.</source>
        <translation>Ein erneuertes Token behält die org_id der ursprünglichen Anmeldung, die hier nicht bekannt ist.</translation>
    </message>
    <message>
        <source>The refresh token comes from a login without organization: refreshed tokens keep that, no org_id.</source>
        <translation>Das Refresh-Token stammt aus einer Anmeldung ohne Organisation: Erneuerte Tokens behalten das bei, keine org_id.</translation>
    </message>
    <message>
        <source>Log in again with --organization (pkce) or exchange the token.</source>
        <translation>Melden Sie sich erneut mit --organization (pkce) an oder tauschen Sie das Token aus.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: the exchange is likely refused.</source>
        <translation>%1 ist kein Mitglied von %2: Der Austausch wird wahrscheinlich abgelehnt.</translation>
    </message>
    <message>
        <source>Add the user to the organization.</source>
        <translation>Fügen Sie den Benutzer der Organisation hinzu.</translation>
    </message>
    <message>
        <source>The exchange Action calls api.authentication.setOrganization with the subject token&apos;s namespaced claim (orglens-cli actions generate --which token-exchange).</source>
        <translation>Die Exchange-Action ruft api.authentication.setOrganization mit dem Namespace-Claim des Subject-Tokens auf (orglens-cli actions generate --which token-exchange).</translation>
    </message>
    <message>
        <source>No organization parameter and the subject token carries no org claim (no default_org_id): the exchange has no organization to set.</source>
        <translation>Kein Organisationsparameter, und das Subject-Token enthält keinen Org-Claim (keine default_org_id): Der Austausch hat keine Organisation zum Setzen.</translation>
    </message>
    <message>
        <source>Set the user&apos;s default_org_id, or send --organization with the exchange.</source>
        <translation>Setzen Sie die default_org_id des Benutzers oder senden Sie --organization mit dem Austausch.</translation>
    </message>
    <message>
        <source>The profile has no claim namespace: the namespaced org claim is not predicted.</source>
        <translation>Das Profil hat keinen Claim-Namespace: Der Namespace-Org-Claim wird nicht vorhergesagt.</translation>
    </message>
    <message>
        <source>The user&apos;s app_metadata was not read (give --user): the namespaced claim is unknown.</source>
        <translation>Die app_metadata des Benutzers wurden nicht gelesen (geben Sie --user an): Der Namespace-Claim ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 has no app_metadata.default_org_id: the Post-Login Action adds no %2 claim.</source>
        <translation>%1 hat keine app_metadata.default_org_id: Die Post-Login-Action fügt keinen %2-Claim hinzu.</translation>
    </message>
    <message>
        <source>Set it: orglens-cli users set-default-org %1 &lt;org_id&gt;.</source>
        <translation>Setzen Sie sie: orglens-cli users set-default-org %1 &lt;org_id&gt;.</translation>
    </message>
    <message>
        <source>default_org_id is %1, but %2 is not a member of it: exchanging the token for that organization must fail.</source>
        <translation>default_org_id ist %1, aber %2 ist kein Mitglied davon: Der Austausch des Tokens für diese Organisation muss fehlschlagen.</translation>
    </message>
    <message>
        <source>Fix the membership or set default_org_id to an organization the user belongs to.</source>
        <translation>Korrigieren Sie die Mitgliedschaft oder setzen Sie default_org_id auf eine Organisation, der der Benutzer angehört.</translation>
    </message>
    <message>
        <source>The Post-Login Action (orglens-cli actions generate) is deployed and runs for this protocol.</source>
        <translation>Die Post-Login-Action (orglens-cli actions generate) ist bereitgestellt und läuft für dieses Protokoll.</translation>
    </message>
    <message>
        <source>Unknown flow &quot;%1&quot;: use device, pkce, client-credentials, refresh, exchange or password.</source>
        <translation>Unbekannter Flow &quot;%1&quot;: Verwenden Sie device, pkce, client-credentials, refresh, exchange oder password.</translation>
    </message>
    <message>
        <source>pre-flight predicted %1 %2, got %3</source>
        <translation>Vorabprüfung sagte %1 %2 voraus, Ergebnis: %3</translation>
    </message>
    <message>
        <source>a JWT</source>
        <translation>ein JWT</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>tokens issued</source>
        <translation>Tokens ausgestellt</translation>
    </message>
</context>
<context>
    <name>orglens::explain::Rules</name>
    <message>
        <source>The default organization %1 is one the user is not a member of</source>
        <translation>Die Standardorganisation %1 ist eine, in der der Benutzer kein Mitglied ist</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id is &quot;%1&quot;</source>
        <translation>app_metadata.default_org_id ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the namespaced org claim is &quot;%1&quot;</source>
        <translation>der Namespace-Org-Claim ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 belongs to no organization</source>
        <translation>%1 gehört keiner Organisation an</translation>
    </message>
    <message>
        <source>%1 belongs to %2 only</source>
        <translation>%1 gehört nur %2 an</translation>
    </message>
    <message>
        <source>the organizations of %1</source>
        <translation>die Organisationen von %1</translation>
    </message>
    <message>
        <source>Add %1 to organization %2, or set app_metadata.default_org_id to an organization the user belongs to.</source>
        <translation>Fügen Sie %1 der Organisation %2 hinzu oder setzen Sie app_metadata.default_org_id auf eine Organisation, der der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Log in again (and exchange the new token): the exchange refuses an organization the user is not a member of.</source>
        <translation>Melden Sie sich erneut an (und tauschen Sie das neue Token aus): Der Austausch lehnt eine Organisation ab, in der der Benutzer kein Mitglied ist.</translation>
    </message>
    <message>
        <source>The Device Authorization flow never sets org_id</source>
        <translation>Der Device Authorization Flow setzt nie org_id</translation>
    </message>
    <message>
        <source>a namespaced org claim without org_id (%1): the device-flow workaround&apos;s Action</source>
        <translation>ein Namespace-Org-Claim ohne org_id (%1): die Action des Device-Flow-Workarounds</translation>
    </message>
    <message>
        <source>no org_id or org_name claim</source>
        <translation>kein org_id- oder org_name-Claim</translation>
    </message>
    <message>
        <source>Keep the device flow and exchange its token with Custom Token Exchange; the exchange Action calls api.authentication.setOrganization() with the namespaced claim (orglens-cli actions generate).</source>
        <translation>Behalten Sie den Device Flow bei und tauschen Sie sein Token per Custom Token Exchange aus; die Exchange-Action ruft api.authentication.setOrganization() mit dem Namespace-Claim auf (orglens-cli actions generate).</translation>
    </message>
    <message>
        <source>Or add only a namespaced claim (https://&lt;namespace&gt;/org_id) from app_metadata.default_org_id with a Post-Login Action, for APIs that read it.</source>
        <translation>Oder fügen Sie mit einer Post-Login-Action nur einen Namespace-Claim (https://&lt;namespace&gt;/org_id) aus app_metadata.default_org_id hinzu, für APIs, die ihn lesen.</translation>
    </message>
    <message>
        <source>Or, where a browser is available, log in with authorization code + PKCE and organization=&lt;org id&gt;.</source>
        <translation>Oder melden Sie sich, wo ein Browser verfügbar ist, mit Authorization Code + PKCE und organization=&lt;org id&gt; an.</translation>
    </message>
    <message>
        <source>The access token is encrypted (JWE): its claims, org_id included, are hidden</source>
        <translation>Das Access-Token ist verschlüsselt (JWE): Seine Claims, einschließlich org_id, sind verborgen</translation>
    </message>
    <message>
        <source>the token has five parts: a JWE, which only the API&apos;s private key decrypts</source>
        <translation>das Token hat fünf Teile: ein JWE, das nur der private Schlüssel der API entschlüsselt</translation>
    </message>
    <message>
        <source>Look for org_id after decryption, in the API (the API&apos;s Token Encryption setting).</source>
        <translation>Suchen Sie nach der Entschlüsselung in der API nach org_id (Einstellung Token Encryption der API).</translation>
    </message>
    <message>
        <source>To read the claims here, turn Token Encryption off for a test API.</source>
        <translation>Um die Claims hier zu lesen, deaktivieren Sie Token Encryption für eine Test-API.</translation>
    </message>
    <message>
        <source>Open APIs</source>
        <translation>APIs öffnen</translation>
    </message>
    <message>
        <source>The token exchange ran without an organization (no organization parameter, no setOrganization)</source>
        <translation>Der Token-Austausch lief ohne Organisation (kein Organisationsparameter, kein setOrganization)</translation>
    </message>
    <message>
        <source>the exchanged token has no org_id</source>
        <translation>das ausgetauschte Token hat keine org_id</translation>
    </message>
    <message>
        <source>the exchange request sent no organization parameter</source>
        <translation>die Exchange-Anfrage hat keinen Organisationsparameter gesendet</translation>
    </message>
    <message>
        <source>the exchange sent organization=%1, yet the token has no org_id</source>
        <translation>der Austausch hat organization=%1 gesendet, dennoch hat das Token keine org_id</translation>
    </message>
    <message>
        <source>the subject token had no namespaced org claim for the Action to use</source>
        <translation>das Subject-Token hatte keinen Namespace-Org-Claim, den die Action verwenden könnte</translation>
    </message>
    <message>
        <source>the subject token had %1 = &quot;%2&quot;, which the exchange Action should pass to setOrganization()</source>
        <translation>das Subject-Token hatte %1 = &quot;%2&quot;, was die Exchange-Action an setOrganization() übergeben sollte</translation>
    </message>
    <message>
        <source>the subject token would show which organization to set</source>
        <translation>das Subject-Token würde zeigen, welche Organisation zu setzen ist</translation>
    </message>
    <message>
        <source>Call api.authentication.setOrganization(&lt;org id from the subject token&apos;s claim&gt;) in the Custom Token Exchange Action (orglens-cli actions generate), or send organization=&lt;org id&gt; with the exchange.</source>
        <translation>Rufen Sie in der Custom-Token-Exchange-Action api.authentication.setOrganization(&lt;org id from the subject token&apos;s claim&gt;) auf (orglens-cli actions generate), oder senden Sie organization=&lt;org id&gt; mit dem Austausch.</translation>
    </message>
    <message>
        <source>Run the exchange again and check org_id in the result.</source>
        <translation>Führen Sie den Austausch erneut aus und prüfen Sie org_id im Ergebnis.</translation>
    </message>
    <message>
        <source>Open Actions</source>
        <translation>Actions öffnen</translation>
    </message>
    <message>
        <source>org_id is &quot;%1&quot;</source>
        <translation>org_id ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>organization %1 exists (name &quot;%2&quot;)</source>
        <translation>Organisation %1 existiert (Name &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>no organization %1 in the tenant</source>
        <translation>keine Organisation %1 im Tenant</translation>
    </message>
    <message>
        <source>the organization is unknown</source>
        <translation>die Organisation ist unbekannt</translation>
    </message>
    <message>
        <source>whether organization %1 exists</source>
        <translation>ob Organisation %1 existiert</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 ist Mitglied von %2</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 (any more)</source>
        <translation>%1 ist (nicht mehr) Mitglied von %2</translation>
    </message>
    <message>
        <source>the user is not a member</source>
        <translation>der Benutzer ist kein Mitglied</translation>
    </message>
    <message>
        <source>org_name &quot;%1&quot; matches the organization</source>
        <translation>org_name &quot;%1&quot; stimmt mit der Organisation überein</translation>
    </message>
    <message>
        <source>org_name &quot;%1&quot; differs from the organization&apos;s name &quot;%2&quot;</source>
        <translation>org_name &quot;%1&quot; weicht vom Namen der Organisation &quot;%2&quot; ab</translation>
    </message>
    <message>
        <source>org_name does not match</source>
        <translation>org_name stimmt nicht überein</translation>
    </message>
    <message>
        <source>The token has org_id %1</source>
        <translation>Das Token hat org_id %1</translation>
    </message>
    <message>
        <source>The token has org_id %1, but %2</source>
        <translation>Das Token hat org_id %1, aber %2</translation>
    </message>
    <message>
        <source>Nothing is missing. The API should still validate the signature, iss, aud and exp, then check org_id against the organizations it knows.</source>
        <translation>Es fehlt nichts. Die API sollte trotzdem Signatur, iss, aud und exp prüfen und dann org_id mit den ihr bekannten Organisationen abgleichen.</translation>
    </message>
    <message>
        <source>Authorize by org_id, not org_name (names can change); if memberships change, expect tokens issued before to carry the old organization until they expire.</source>
        <translation>Autorisieren Sie anhand von org_id, nicht org_name (Namen können sich ändern); wenn sich Mitgliedschaften ändern, tragen zuvor ausgestellte Tokens bis zu ihrem Ablauf noch die alte Organisation.</translation>
    </message>
    <message>
        <source>Fix the organization or the membership in the tenant, then log in again.</source>
        <translation>Korrigieren Sie die Organisation oder die Mitgliedschaft im Tenant und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>This is the ID token; the access token of the same login has org_id %1</source>
        <translation>Dies ist das ID-Token; das Access-Token derselben Anmeldung hat org_id %1</translation>
    </message>
    <message>
        <source>This is the access token; the ID token of the same login has org_id %1</source>
        <translation>Dies ist das Access-Token; das ID-Token derselben Anmeldung hat org_id %1</translation>
    </message>
    <message>
        <source>the session&apos;s other token carries org_id &quot;%1&quot;</source>
        <translation>das andere Token der Sitzung enthält org_id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This looks like an ID token; APIs check the access token</source>
        <translation>Dies sieht wie ein ID-Token aus; APIs prüfen das Access-Token</translation>
    </message>
    <message>
        <source>the session&apos;s access token has no org_id either</source>
        <translation>auch das Access-Token der Sitzung hat keine org_id</translation>
    </message>
    <message>
        <source>the access token of the same login would settle it (does it carry org_id?)</source>
        <translation>das Access-Token derselben Anmeldung würde es klären (enthält es org_id?)</translation>
    </message>
    <message>
        <source>Send the access token (requested with audience=&lt;API identifier&gt;) to the API; the ID token is for the client application.</source>
        <translation>Senden Sie das Access-Token (angefordert mit audience=&lt;API identifier&gt;) an die API; das ID-Token ist für die Client-Anwendung bestimmt.</translation>
    </message>
    <message>
        <source>Explain the access token of the same login.</source>
        <translation>Das Access-Token derselben Anmeldung erklären.</translation>
    </message>
    <message>
        <source>The namespaced org claim was lost on refresh (the Action runs only for the device protocol)</source>
        <translation>Der Namespace-Org-Claim ging beim Refresh verloren (die Action läuft nur für das Device-Protokoll)</translation>
    </message>
    <message>
        <source>this token has no namespaced org_id claim</source>
        <translation>dieses Token hat keinen Namespace-org_id-Claim</translation>
    </message>
    <message>
        <source>the token it was refreshed from had %1</source>
        <translation>das Token, aus dem es erneuert wurde, hatte %1</translation>
    </message>
    <message>
        <source>the token this one was refreshed from would settle it (did it have the claim?)</source>
        <translation>das Token, aus dem dieses erneuert wurde, würde es klären (hatte es den Claim?)</translation>
    </message>
    <message>
        <source>Make the Post-Login Action also set the claim when event.transaction.protocol is &apos;oauth2-refresh-token&apos; (claims are not carried over on refresh).</source>
        <translation>Lassen Sie die Post-Login-Action den Claim auch setzen, wenn event.transaction.protocol &apos;oauth2-refresh-token&apos; ist (Claims werden beim Refresh nicht übernommen).</translation>
    </message>
    <message>
        <source>Refresh again (or log in again) and check the new token.</source>
        <translation>Führen Sie den Refresh erneut aus (oder melden Sie sich erneut an) und prüfen Sie das neue Token.</translation>
    </message>
    <message>
        <source>Send organization=&lt;org id&gt; on the client credentials request to /oauth/token.</source>
        <translation>Senden Sie organization=&lt;org id&gt; mit der Client-Credentials-Anfrage an /oauth/token.</translation>
    </message>
    <message>
        <source>the client grant&apos;s organization_usage for audience %1 (deny by default)</source>
        <translation>das organization_usage des Client-Grants für die Audience %1 (standardmäßig deny)</translation>
    </message>
    <message>
        <source>If the client grant&apos;s organization_usage is deny (the default), set it to allow or require and associate the organization with the grant (or allow_any_organization).</source>
        <translation>Wenn organization_usage des Client-Grants deny ist (der Standard), setzen Sie es auf allow oder require und verknüpfen Sie die Organisation mit dem Grant (oder allow_any_organization).</translation>
    </message>
    <message>
        <source>the client grant for %1 has no organization_usage (never set, so deny): no organization can be requested until the grant allows it</source>
        <translation>der Client-Grant für %1 hat kein organization_usage (nie gesetzt, also deny): Es kann keine Organisation angefordert werden, bis der Grant es erlaubt</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage deny: no organization can be requested until the grant allows it</source>
        <translation>der Client-Grant für %1 hat organization_usage deny: Es kann keine Organisation angefordert werden, bis der Grant es erlaubt</translation>
    </message>
    <message>
        <source>Set the client grant&apos;s organization_usage to allow or require and associate the organization with the grant (or allow_any_organization).</source>
        <translation>Setzen Sie organization_usage des Client-Grants auf allow oder require und verknüpfen Sie die Organisation mit dem Grant (oder allow_any_organization).</translation>
    </message>
    <message>
        <source>Then send organization=&lt;org id&gt; on the client credentials request to /oauth/token.</source>
        <translation>Senden Sie dann organization=&lt;org id&gt; bei der Client-Credentials-Anfrage an /oauth/token.</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage allow: the token carries org_id only when the request sends organization</source>
        <translation>der Client-Grant für %1 hat organization_usage allow: Das Token enthält org_id nur, wenn die Anfrage organization sendet</translation>
    </message>
    <message>
        <source>The organization must be associated with the client grant (allow_any_organization is false).</source>
        <translation>Die Organisation muss mit dem Client-Grant verknüpft sein (allow_any_organization ist false).</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage %2: a request without organization is now refused unless the application has a default_organization, so this token predates that</source>
        <translation>der Client-Grant für %1 hat organization_usage %2: Eine Anfrage ohne organization wird jetzt abgelehnt, es sei denn, die Anwendung hat eine default_organization; dieses Token ist also älter</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage %2: a new token gets the application&apos;s default_organization %3, so this token predates that</source>
        <translation>der Client-Grant für %1 hat organization_usage %2: Ein neues Token erhält die default_organization %3 der Anwendung; dieses Token ist also älter</translation>
    </message>
    <message>
        <source>Request a new token (send organization=&lt;org id&gt;, or rely on the application&apos;s default_organization).</source>
        <translation>Fordern Sie ein neues Token an (senden Sie organization=&lt;org id&gt; oder verlassen Sie sich auf die default_organization der Anwendung).</translation>
    </message>
    <message>
        <source>A machine-to-machine token requested without an organization</source>
        <translation>Ein Machine-to-Machine-Token, das ohne Organisation angefordert wurde</translation>
    </message>
    <message>
        <source>gty is &quot;client-credentials&quot;</source>
        <translation>gty ist &quot;client-credentials&quot;</translation>
    </message>
    <message>
        <source>sub &quot;%1&quot; ends with @clients</source>
        <translation>sub &quot;%1&quot; endet auf @clients</translation>
    </message>
    <message>
        <source>the token request sent no organization parameter</source>
        <translation>die Token-Anfrage hat keinen Organisationsparameter gesendet</translation>
    </message>
    <message>
        <source>the request sent organization=%1, but the client grant does not allow it (organization_usage)</source>
        <translation>die Anfrage hat organization=%1 gesendet, aber der Client Grant erlaubt es nicht (organization_usage)</translation>
    </message>
    <message>
        <source>Open APIs (machine-to-machine access)</source>
        <translation>APIs öffnen (Machine-to-Machine-Zugriff)</translation>
    </message>
    <message>
        <source>The org claim is under %1, but the exchange reads %2org_id</source>
        <translation>Der Org-Claim liegt unter %1, aber der Austausch liest %2org_id</translation>
    </message>
    <message>
        <source>the token has %1 = &quot;%2&quot;</source>
        <translation>das Token hat %1 = &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the profile&apos;s claim namespace is %1</source>
        <translation>der Claim-Namespace des Profils ist %1</translation>
    </message>
    <message>
        <source>no %1org_id claim</source>
        <translation>kein %1org_id-Claim</translation>
    </message>
    <message>
        <source>Use one namespace in both Actions: the Post-Login Action that sets the claim and the Custom Token Exchange Action that reads it.</source>
        <translation>Verwenden Sie in beiden Actions denselben Namespace: in der Post-Login-Action, die den Claim setzt, und in der Custom-Token-Exchange-Action, die ihn liest.</translation>
    </message>
    <message>
        <source>If the token is right, correct the profile&apos;s namespace (--namespace %1).</source>
        <translation>Wenn das Token stimmt, korrigieren Sie den Namespace des Profils (--namespace %1).</translation>
    </message>
    <message>
        <source>%1 has no app_metadata.default_org_id, so the Action adds no org claim</source>
        <translation>%1 hat keine app_metadata.default_org_id, daher fügt die Action keinen Org-Claim hinzu</translation>
    </message>
    <message>
        <source>the token has no namespaced org_id claim</source>
        <translation>das Token hat keinen Namespace-org_id-Claim</translation>
    </message>
    <message>
        <source>app_metadata is empty</source>
        <translation>app_metadata ist leer</translation>
    </message>
    <message>
        <source>app_metadata has no default_org_id (keys: %1)</source>
        <translation>app_metadata hat keine default_org_id (Schlüssel: %1)</translation>
    </message>
    <message>
        <source>the app_metadata of %1</source>
        <translation>die app_metadata von %1</translation>
    </message>
    <message>
        <source>Set app_metadata.default_org_id of %1 to an organization the user belongs to%2.</source>
        <translation>Setzen Sie app_metadata.default_org_id von %1 auf eine Organisation, der der Benutzer angehört%2.</translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation> (z. B. %1)</translation>
    </message>
    <message>
        <source>Log in again: the Action then adds the namespaced claim, and the token exchange turns it into org_id.</source>
        <translation>Melden Sie sich erneut an: Die Action fügt dann den Namespace-Claim hinzu, und der Token-Austausch macht daraus org_id.</translation>
    </message>
    <message>
        <source>The login did not ask for an organization (no organization parameter)</source>
        <translation>Die Anmeldung hat keine Organisation angefordert (kein Organisationsparameter)</translation>
    </message>
    <message>
        <source>the /authorize request had no organization parameter</source>
        <translation>die /authorize-Anfrage hatte keinen Organisationsparameter</translation>
    </message>
    <message>
        <source>the login&apos;s /authorize parameters would settle it (was organization sent?)</source>
        <translation>die /authorize-Parameter der Anmeldung würden es klären (wurde organization gesendet?)</translation>
    </message>
    <message>
        <source>no org_id, org_name or namespaced org claim</source>
        <translation>kein org_id-, org_name- oder Namespace-Org-Claim</translation>
    </message>
    <message>
        <source>the application&apos;s organization_usage is deny (Type of Users: Individuals): it cannot log in with an organization</source>
        <translation>organization_usage der Anwendung ist deny (Benutzertyp: Individuals): Sie kann sich nicht mit einer Organisation anmelden</translation>
    </message>
    <message>
        <source>the application&apos;s organization_usage is %1 (login flow %2): organization logins only when the app asks</source>
        <translation>organization_usage der Anwendung ist %1 (Login-Flow %2): Organisationsanmeldungen nur, wenn die App danach fragt</translation>
    </message>
    <message>
        <source>the organization_usage of application %1</source>
        <translation>organization_usage der Anwendung %1</translation>
    </message>
    <message>
        <source>Send organization=&lt;org id&gt; on /authorize (the SDKs&apos; organization option).</source>
        <translation>Senden Sie organization=&lt;org id&gt; an /authorize (die Option organization der SDKs).</translation>
    </message>
    <message>
        <source>Or set the application&apos;s Type of Users to Business Users with a prompt, so users pick an organization at login.</source>
        <translation>Oder setzen Sie den Benutzertyp der Anwendung auf Business Users mit Prompt, damit Benutzer bei der Anmeldung eine Organisation auswählen.</translation>
    </message>
    <message>
        <source>Open the application&apos;s Organizations settings</source>
        <translation>Organisationseinstellungen der Anwendung öffnen</translation>
    </message>
    <message>
        <source>The token carries %1 but has not been exchanged for one with org_id</source>
        <translation>Das Token enthält %1, wurde aber nicht gegen eines mit org_id ausgetauscht</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;</source>
        <translation>%1 ist &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no org_id claim</source>
        <translation>kein org_id-Claim</translation>
    </message>
    <message>
        <source>the claim is under the profile&apos;s namespace %1</source>
        <translation>der Claim liegt unter dem Namespace %1 des Profils</translation>
    </message>
    <message>
        <source>the profile&apos;s claim namespace (the one the exchange Action reads) would settle it</source>
        <translation>der Claim-Namespace des Profils (den die Exchange-Action liest) würde es klären</translation>
    </message>
    <message>
        <source>the profile names no token exchange application</source>
        <translation>das Profil nennt keine Token-Exchange-Anwendung</translation>
    </message>
    <message>
        <source>Exchange this token with Custom Token Exchange (subject_token_type of the exchange profile); the exchange Action sets the organization from %1.</source>
        <translation>Tauschen Sie dieses Token per Custom Token Exchange aus (subject_token_type des Exchange-Profils); die Exchange-Action setzt die Organisation aus %1.</translation>
    </message>
    <message>
        <source>Send the exchanged access token to the API.</source>
        <translation>Senden Sie das ausgetauschte Access-Token an die API.</translation>
    </message>
    <message>
        <source>The access token is opaque (no audience was requested): it carries no claims</source>
        <translation>Das Access-Token ist opak (keine Audience angefordert): Es enthält keine Claims</translation>
    </message>
    <message>
        <source>the token is not a JWT (no dots): Auth0 issues opaque access tokens, good only for /userinfo, when the login names no API audience</source>
        <translation>das Token ist kein JWT (keine Punkte): Auth0 stellt opake Access-Tokens aus, die nur für /userinfo taugen, wenn die Anmeldung keine API-Audience nennt</translation>
    </message>
    <message>
        <source>The access token is only for /userinfo (no API audience)</source>
        <translation>Das Access-Token gilt nur für /userinfo (keine API-Audience)</translation>
    </message>
    <message>
        <source>aud is only &quot;%1&quot;</source>
        <translation>aud ist nur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the login sent no audience parameter</source>
        <translation>die Anmeldung hat keinen audience-Parameter gesendet</translation>
    </message>
    <message>
        <source>the login sent audience=%1</source>
        <translation>die Anmeldung hat audience=%1 gesendet</translation>
    </message>
    <message>
        <source>the profile&apos;s API audience is %1</source>
        <translation>die API-Audience des Profils ist %1</translation>
    </message>
    <message>
        <source>Request the API&apos;s identifier as audience=&lt;API identifier&gt; in the login (or set a Default Audience in the tenant settings).</source>
        <translation>Fordern Sie bei der Anmeldung den Identifier der API als audience=&lt;API identifier&gt; an (oder legen Sie in den Tenant-Einstellungen eine Default Audience fest).</translation>
    </message>
    <message>
        <source>Send the resulting JWT access token to the API: it can carry org_id, an opaque one cannot.</source>
        <translation>Senden Sie das resultierende JWT-Access-Token an die API: Es kann org_id enthalten, ein opakes nicht.</translation>
    </message>
    <message>
        <source>Open tenant settings (Default Audience)</source>
        <translation>Tenant-Einstellungen öffnen (Default Audience)</translation>
    </message>
    <message>
        <source>org_id is present but org_name is missing (organization names setting off)</source>
        <translation>org_id ist vorhanden, aber org_name fehlt (Einstellung für Organisationsnamen aus)</translation>
    </message>
    <message>
        <source>org_id is &quot;%1&quot;, no org_name</source>
        <translation>org_id ist &quot;%1&quot;, kein org_name</translation>
    </message>
    <message>
        <source>the profile expects organization names, but the tenant did not add org_name</source>
        <translation>das Profil erwartet Organisationsnamen, aber der Tenant hat org_name nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Allow Organization Names in Authentication API is off by default</source>
        <translation>Allow Organization Names in Authentication API ist standardmäßig deaktiviert</translation>
    </message>
    <message>
        <source>Only if the API needs org_name: turn on &quot;Allow Organization Names in Authentication API&quot; (allow_organization_name_in_authentication_api) in the tenant settings (Settings → Advanced).</source>
        <translation>Nur wenn die API org_name braucht: Schalten Sie in den Tenant-Einstellungen (Settings → Advanced) &quot;Allow Organization Names in Authentication API&quot; (allow_organization_name_in_authentication_api) ein.</translation>
    </message>
    <message>
        <source>Authorize by org_id in any case; names can change.</source>
        <translation>Autorisieren Sie in jedem Fall anhand von org_id; Namen können sich ändern.</translation>
    </message>
    <message>
        <source>Open tenant settings (Advanced)</source>
        <translation>Tenant-Einstellungen öffnen (Advanced)</translation>
    </message>
    <message>
        <source>The Resource Owner Password grant does not support Organizations</source>
        <translation>Der Resource Owner Password Grant unterstützt keine Organisationen</translation>
    </message>
    <message>
        <source>gty is &quot;password&quot;</source>
        <translation>gty ist &quot;password&quot;</translation>
    </message>
    <message>
        <source>Log in with the authorization code flow (PKCE) through Universal Login and send organization=&lt;org id&gt;.</source>
        <translation>Melden Sie sich mit dem Authorization Code Flow (PKCE) über Universal Login an und senden Sie organization=&lt;org id&gt;.</translation>
    </message>
    <message>
        <source>Remove the Password grant from the application once nothing uses it.</source>
        <translation>Entfernen Sie den Password Grant aus der Anwendung, sobald ihn nichts mehr verwendet.</translation>
    </message>
    <message>
        <source>An Action may set org_id itself, which Auth0 silently ignores (restricted claim)</source>
        <translation>Eine Action kann org_id selbst setzen, was Auth0 stillschweigend ignoriert (eingeschränkter Claim)</translation>
    </message>
    <message>
        <source>an Action adds claims (%1), but there is no org claim</source>
        <translation>eine Action fügt Claims hinzu (%1), aber es gibt keinen org-Claim</translation>
    </message>
    <message>
        <source>the Action code would settle it: api.accessToken.setCustomClaim(&apos;org_id&apos;, …) has no effect</source>
        <translation>der Action-Code würde es klären: api.accessToken.setCustomClaim(&apos;org_id&apos;, …) hat keine Wirkung</translation>
    </message>
    <message>
        <source>Set a namespaced claim instead (https://&lt;namespace&gt;/org_id), or log in with organization=&lt;org id&gt; to get the real org_id.</source>
        <translation>Setzen Sie stattdessen einen Claim mit Namespace (https://&lt;namespace&gt;/org_id), oder melden Sie sich mit organization=&lt;org id&gt; an, um die echte org_id zu erhalten.</translation>
    </message>
    <message>
        <source>org_id, org_name, permissions, gty, azp, aud, iss, sub and scope cannot be set by Actions.</source>
        <translation>org_id, org_name, permissions, gty, azp, aud, iss, sub und scope können nicht von Actions gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 would settle it (not fetched)</source>
        <translation>%1 würde es klären (nicht abgerufen)</translation>
    </message>
    <message>
        <source>%1 would settle it (could not be read: %2)</source>
        <translation>%1 würde es klären (konnte nicht gelesen werden: %2)</translation>
    </message>
    <message>
        <source>Fetch tenant evidence</source>
        <translation>Tenant-Belege abrufen</translation>
    </message>
    <message>
        <source>the flow that produced the token would settle it (OrgLens&apos;s session record, or --flow)</source>
        <translation>der Flow, aus dem das Token stammt, würde es klären (Sitzungsprotokoll von OrgLens oder --flow)</translation>
    </message>
    <message>
        <source>OrgLens&apos;s session record: the token came from the %1</source>
        <translation>Sitzungsprotokoll von OrgLens: Das Token stammt aus dem %1</translation>
    </message>
    <message>
        <source>declared flow: %1</source>
        <translation>angegebener Flow: %1</translation>
    </message>
    <message>
        <source>the claims say the token came from the %1</source>
        <translation>laut den Claims stammt das Token aus dem %1</translation>
    </message>
    <message>
        <source>the chain started with the %1</source>
        <translation>die Kette begann mit dem %1</translation>
    </message>
    <message>
        <source>Set default_org_id</source>
        <translation>default_org_id setzen</translation>
    </message>
    <message>
        <source>Run the token exchange</source>
        <translation>Token Exchange ausführen</translation>
    </message>
    <message>
        <source>Log in with organization</source>
        <translation>Mit Organisation anmelden</translation>
    </message>
    <message>
        <source>The token predates a change: a fresh login may carry the organization</source>
        <translation>Das Token ist älter als eine Änderung: Eine neue Anmeldung enthält möglicherweise die Organisation</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>das Token ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>the user was updated at %1, after the token was issued (%2)</source>
        <translation>der Benutzer wurde am %1 aktualisiert, nach Ausstellung des Tokens (%2)</translation>
    </message>
    <message>
        <source>refreshed from a login without organization; the user now belongs to %1</source>
        <translation>aus einer Anmeldung ohne Organisation erneuert; der Benutzer gehört jetzt zu %1</translation>
    </message>
    <message>
        <source>Log in again with organization=&lt;org id&gt;; a refresh token keeps the organization (or none) of the login that issued it.</source>
        <translation>Melden Sie sich erneut mit organization=&lt;org id&gt; an; ein Refresh-Token behält die Organisation (oder keine) der Anmeldung, die es ausgestellt hat.</translation>
    </message>
    <message>
        <source>Revoke old refresh tokens after membership changes.</source>
        <translation>Widerrufen Sie alte Refresh-Tokens nach Änderungen der Mitgliedschaft.</translation>
    </message>
    <message>
        <source>The token comes from another tenant (%1), not %2</source>
        <translation>Das Token stammt von einem anderen Tenant (%1), nicht von %2</translation>
    </message>
    <message>
        <source>iss is &quot;%1&quot;</source>
        <translation>iss ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expected issuer is %1</source>
        <translation>der erwartete Aussteller ist %1</translation>
    </message>
    <message>
        <source>Get the token from %1: check the domain the application logs in against (development vs production, custom domain vs canonical domain).</source>
        <translation>Beziehen Sie das Token von %1: Prüfen Sie die Domain, bei der sich die Anwendung anmeldet (Entwicklung oder Produktion, Custom Domain oder kanonische Domain).</translation>
    </message>
    <message>
        <source>Or explain the token with the profile of %1: organizations and members differ per tenant.</source>
        <translation>Oder erklären Sie das Token mit dem Profil von %1: Organisationen und Mitglieder unterscheiden sich je Tenant.</translation>
    </message>
    <message>
        <source>CRITICAL: the token exchange accepts forged subject tokens (anyone can obtain tokens for any user and organization)</source>
        <translation>KRITISCH: der Token-Austausch akzeptiert gefälschte Subject-Tokens (jeder kann Tokens für jeden Benutzer und jede Organisation erhalten)</translation>
    </message>
    <message>
        <source>Until the Action verifies the subject token, take the exchange out of service: remove custom_authentication from the exchange application&apos;s token_exchange.allow_any_profile_of_type.</source>
        <translation>Bis die Action das Subject-Token prüft, nehmen Sie den Austausch außer Betrieb: entfernen Sie custom_authentication aus token_exchange.allow_any_profile_of_type der Austausch-Anwendung.</translation>
    </message>
    <message>
        <source>Check the tenant logs for token exchanges you cannot account for.</source>
        <translation>Prüfen Sie die Tenant-Logs auf Token-Austausche, die Sie sich nicht erklären können.</translation>
    </message>
    <message>
        <source>Open the exchange application</source>
        <translation>Austausch-Anwendung öffnen</translation>
    </message>
    <message>
        <source>The exchange application may not use Custom Token Exchange (custom_authentication profiles)</source>
        <translation>Die Austausch-Anwendung darf Custom Token Exchange nicht verwenden (custom_authentication-Profile)</translation>
    </message>
    <message>
        <source>Exchange the device token again and check the new token.</source>
        <translation>Tauschen Sie das Gerätetoken erneut aus und prüfen Sie das neue Token.</translation>
    </message>
    <message>
        <source>The token exchange is not set up: no token exchange profile for the subject token type names a deployed Action</source>
        <translation>Der Token-Austausch ist nicht eingerichtet: kein Token-Exchange-Profil für den Subject-Token-Typ nennt eine bereitgestellte Action</translation>
    </message>
    <message>
        <source>The exchange Action sets the organization from the device token&apos;s org claim: generate it with orglens-cli actions generate --which token-exchange.</source>
        <translation>Die Austausch-Action setzt die Organisation aus dem Org-Claim des Gerätetokens: erzeugen Sie sie mit orglens-cli actions generate --which token-exchange.</translation>
    </message>
    <message>
        <source>The Post-Login Action, the exchange Action and the profile do not use one claim namespace</source>
        <translation>Die Post-Login-Action, die Austausch-Action und das Profil verwenden nicht denselben Claim-Namespace</translation>
    </message>
    <message>
        <source>tenant doctor, %1: %2</source>
        <translation>Tenant-Doktor, %1: %2</translation>
    </message>
</context>
<context>
    <name>orglens::explain::SupportReport</name>
    <message>
        <source># The issuer is unknown (no session record, no profile): no reproduction.</source>
        <translation># Der Issuer ist unbekannt (kein Sitzungsprotokoll, kein Profil): keine Reproduktion.</translation>
    </message>
    <message>
        <source># 1. Start the device login, then approve it at verification_uri_complete.</source>
        <translation># 1. Device-Login starten und dann unter verification_uri_complete bestätigen.</translation>
    </message>
    <message>
        <source># 2. Poll with the device_code from step 1.</source>
        <translation># 2. Mit dem device_code aus Schritt 1 abfragen.</translation>
    </message>
    <message>
        <source># 1. Open in a browser (CODE_CHALLENGE = BASE64URL(SHA256($CODE_VERIFIER))) and log in:</source>
        <translation># 1. Im Browser öffnen (CODE_CHALLENGE = BASE64URL(SHA256($CODE_VERIFIER))) und anmelden:</translation>
    </message>
    <message>
        <source># 2. Redeem the code from the redirect.</source>
        <translation># 2. Den Code aus der Weiterleitung einlösen.</translation>
    </message>
    <message>
        <source># Refresh (the refresh token is not part of this report).</source>
        <translation># Refresh (das Refresh-Token ist nicht Teil dieses Berichts).</translation>
    </message>
    <message>
        <source># Client credentials.</source>
        <translation># Client Credentials.</translation>
    </message>
    <message>
        <source># Custom Token Exchange (SUBJECT_TOKEN: the access token that was exchanged).</source>
        <translation># Custom Token Exchange (SUBJECT_TOKEN: das ausgetauschte Access-Token).</translation>
    </message>
    <message>
        <source># Resource Owner Password grant.</source>
        <translation># Resource Owner Password Grant.</translation>
    </message>
    <message>
        <source># The flow that produced the token is unknown: the login is not reproduced.</source>
        <translation># Der Flow, der das Token erzeugt hat, ist unbekannt: Die Anmeldung wird nicht reproduziert.</translation>
    </message>
    <message>
        <source># Tenant evidence: MGMT_TOKEN is a Management API token (audience %1).</source>
        <translation># Tenant-Belege: MGMT_TOKEN ist ein Management-API-Token (Audience %1).</translation>
    </message>
    <message>
        <source>OrgLens support report</source>
        <translation>OrgLens-Supportbericht</translation>
    </message>
    <message>
        <source>Generated %1. Signatures, refresh tokens and client secrets are never included.</source>
        <translation>Erstellt %1. Signaturen, Refresh-Tokens und Client-Secrets werden nie aufgenommen.</translation>
    </message>
    <message>
        <source>Access and ID token values are included at the sender&apos;s request.</source>
        <translation>Werte von Access- und ID-Tokens sind auf Wunsch des Absenders enthalten.</translation>
    </message>
    <message>
        <source>Token values are not included, only their decoded claims.</source>
        <translation>Tokenwerte sind nicht enthalten, nur ihre dekodierten Claims.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The token has org_id.</source>
        <translation>Das Token enthält org_id.</translation>
    </message>
    <message>
        <source>The token has no org_id.</source>
        <translation>Das Token enthält keine org_id.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>Dekodierte Tokens</translation>
    </message>
    <message>
        <source>Not a decodable JWT (%1).</source>
        <translation>Kein dekodierbares JWT (%1).</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tenant evidence</source>
        <translation>Tenant-Belege</translation>
    </message>
    <message>
        <source>Not fetched.</source>
        <translation>Nicht abgerufen.</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source>Secrets are placeholders ($CLIENT_SECRET, $REFRESH_TOKEN, ...): set them in your shell first.</source>
        <translation>Secrets sind Platzhalter ($CLIENT_SECRET, $REFRESH_TOKEN, ...): Setzen Sie sie zuerst in Ihrer Shell.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Tenant doctor</source>
        <translation>Tenant-Doktor</translation>
    </message>
    <message>
        <source>The org_id pipeline of %1, step by step.</source>
        <translation>Die org_id-Pipeline von %1, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Probe %1: %2</source>
        <translation>Probe %1: %2</translation>
    </message>
</context>
<context>
    <name>orglens::explain::TenantEvidenceFetcher</name>
    <message>
        <source>the tenant has no client grant of %1 for %2</source>
        <translation>der Tenant hat keinen Client-Grant von %1 für %2</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::ClaimCatalogue</name>
    <message>
        <source>Issuer: who created and signed the token. Auth0 issuers are https://&lt;tenant domain&gt;/ with a trailing slash.</source>
        <translation>Issuer: wer das Token erstellt und signiert hat. Auth0-Issuer sind https://&lt;Tenant-Domain&gt;/ mit abschließendem Schrägstrich.</translation>
    </message>
    <message>
        <source>Subject: the user (e.g. auth0|123) or, for client credentials, &lt;client_id&gt;@clients.</source>
        <translation>Subject: der Benutzer (z. B. auth0|123) oder bei Client Credentials &lt;client_id&gt;@clients.</translation>
    </message>
    <message>
        <source>Audience: who the token is for. ID tokens: the client id. Access tokens: the API identifier, plus &lt;issuer&gt;userinfo when &apos;openid&apos; was requested.</source>
        <translation>Audience: für wen das Token bestimmt ist. ID-Tokens: die Client-ID. Access-Tokens: der API-Identifier, dazu &lt;issuer&gt;userinfo, wenn „openid“ angefordert wurde.</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted after this moment.</source>
        <translation>Ablaufzeit: Nach diesem Zeitpunkt darf das Token nicht mehr akzeptiert werden.</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before this moment.</source>
        <translation>Nicht vor: Vor diesem Zeitpunkt darf das Token nicht akzeptiert werden.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Ausgestellt am: wann das Token erstellt wurde.</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token, usable to detect replays.</source>
        <translation>JWT-ID: eine eindeutige Kennung dieses Tokens, nutzbar zum Erkennen von Wiederholungen.</translation>
    </message>
    <message>
        <source>Authentication time: when the user last actually logged in (not when this token was issued).</source>
        <translation>Authentifizierungszeit: wann sich der Benutzer zuletzt tatsächlich angemeldet hat (nicht, wann dieses Token ausgestellt wurde).</translation>
    </message>
    <message>
        <source>Nonce: the value the app sent on /authorize, echoed into the ID token to prevent replay.</source>
        <translation>Nonce: der Wert, den die App an /authorize gesendet hat, zurückgegeben im ID-Token, um Wiederholungen zu verhindern.</translation>
    </message>
    <message>
        <source>Authentication context class reference: the assurance level of the login (e.g. MFA policies).</source>
        <translation>Authentication Context Class Reference: das Vertrauensniveau der Anmeldung (z. B. MFA-Richtlinien).</translation>
    </message>
    <message>
        <source>Authentication methods used, e.g. [&quot;pwd&quot;], [&quot;mfa&quot;].</source>
        <translation>Verwendete Authentifizierungsmethoden, z. B. [&quot;pwd&quot;], [&quot;mfa&quot;].</translation>
    </message>
    <message>
        <source>Authorized party: the client id of the application the token was issued to.</source>
        <translation>Autorisierte Partei: die Client-ID der Anwendung, für die das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Access token hash: binds this ID token to the access token issued with it.</source>
        <translation>Access-Token-Hash: bindet dieses ID-Token an das mit ihm ausgestellte Access-Token.</translation>
    </message>
    <message>
        <source>Code hash: binds this ID token to the authorization code (hybrid flow).</source>
        <translation>Code-Hash: bindet dieses ID-Token an den Autorisierungscode (Hybrid Flow).</translation>
    </message>
    <message>
        <source>State hash: binds this ID token to the state parameter.</source>
        <translation>State-Hash: bindet dieses ID-Token an den Parameter state.</translation>
    </message>
    <message>
        <source>Session ID: the Auth0 login session, used for logout.</source>
        <translation>Sitzungs-ID: die Auth0-Anmeldesitzung, verwendet für die Abmeldung.</translation>
    </message>
    <message>
        <source>Full name of the user (profile scope).</source>
        <translation>Vollständiger Name des Benutzers (Scope profile).</translation>
    </message>
    <message>
        <source>Given (first) name of the user (profile scope).</source>
        <translation>Vorname des Benutzers (Scope profile).</translation>
    </message>
    <message>
        <source>Family (last) name of the user (profile scope).</source>
        <translation>Nachname des Benutzers (Scope profile).</translation>
    </message>
    <message>
        <source>Middle name of the user (profile scope).</source>
        <translation>Zweiter Vorname des Benutzers (Scope profile).</translation>
    </message>
    <message>
        <source>Casual name of the user; Auth0 defaults it to the part of the e-mail before the @.</source>
        <translation>Rufname des Benutzers; Auth0 setzt standardmäßig den Teil der E-Mail-Adresse vor dem @ ein.</translation>
    </message>
    <message>
        <source>Username the user prefers to be called by.</source>
        <translation>Benutzername, mit dem der Benutzer angesprochen werden möchte.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page.</source>
        <translation>URL der Profilseite des Benutzers.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile picture.</source>
        <translation>URL des Profilbilds des Benutzers.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s web site.</source>
        <translation>URL der Website des Benutzers.</translation>
    </message>
    <message>
        <source>E-mail address of the user (email scope).</source>
        <translation>E-Mail-Adresse des Benutzers (Scope email).</translation>
    </message>
    <message>
        <source>Whether the e-mail address has been verified.</source>
        <translation>Ob die E-Mail-Adresse bestätigt wurde.</translation>
    </message>
    <message>
        <source>Gender of the user (profile scope).</source>
        <translation>Geschlecht des Benutzers (Scope profile).</translation>
    </message>
    <message>
        <source>Birthday of the user, YYYY-MM-DD.</source>
        <translation>Geburtstag des Benutzers, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Time zone of the user, e.g. Europe/Paris.</source>
        <translation>Zeitzone des Benutzers, z. B. Europe/Paris.</translation>
    </message>
    <message>
        <source>Locale of the user, e.g. en-US.</source>
        <translation>Gebietsschema des Benutzers, z. B. en-US.</translation>
    </message>
    <message>
        <source>Phone number of the user (phone scope).</source>
        <translation>Telefonnummer des Benutzers (Scope phone).</translation>
    </message>
    <message>
        <source>Whether the phone number has been verified.</source>
        <translation>Ob die Telefonnummer bestätigt wurde.</translation>
    </message>
    <message>
        <source>Postal address of the user (address scope).</source>
        <translation>Postanschrift des Benutzers (Scope address).</translation>
    </message>
    <message>
        <source>When the user&apos;s profile was last updated (Auth0 sends an ISO-8601 string here).</source>
        <translation>Wann das Profil des Benutzers zuletzt aktualisiert wurde (Auth0 sendet hier einen ISO-8601-String).</translation>
    </message>
    <message>
        <source>Client the access token was issued to (RFC 9068 profile; Auth0&apos;s own profile uses azp).</source>
        <translation>Client, für den das Access-Token ausgestellt wurde (Profil nach RFC 9068; Auth0s eigenes Profil verwendet azp).</translation>
    </message>
    <message>
        <source>Scopes granted, space-separated. What the API may let this token do.</source>
        <translation>Gewährte Scopes, durch Leerzeichen getrennt. Was die API mit diesem Token erlauben darf.</translation>
    </message>
    <message>
        <source>Roles of the subject (RFC 9068 / SCIM).</source>
        <translation>Rollen des Subjects (RFC 9068 / SCIM).</translation>
    </message>
    <message>
        <source>Groups of the subject (RFC 9068 / SCIM).</source>
        <translation>Gruppen des Subjects (RFC 9068 / SCIM).</translation>
    </message>
    <message>
        <source>Entitlements of the subject (RFC 9068 / SCIM).</source>
        <translation>Berechtigungen (Entitlements) des Subjects (RFC 9068 / SCIM).</translation>
    </message>
    <message>
        <source>Actor: who is acting on behalf of the subject after a token exchange (RFC 8693).</source>
        <translation>Akteur: wer nach einem Token-Austausch im Namen des Subjects handelt (RFC 8693).</translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject in a token exchange (RFC 8693).</source>
        <translation>Wer bei einem Token-Austausch im Namen des Subjects handeln darf (RFC 8693).</translation>
    </message>
    <message>
        <source>Confirmation: the key the token is bound to (proof of possession, RFC 7800 / DPoP / mTLS).</source>
        <translation>Bestätigung: der Schlüssel, an den das Token gebunden ist (Proof of Possession, RFC 7800 / DPoP / mTLS).</translation>
    </message>
    <message>
        <source>Auth0 organization id. Present only when the login ran in organization context (the &apos;organization&apos; parameter or an organization prompt); never for the device flow.</source>
        <translation>Auth0-Organisations-ID. Nur vorhanden, wenn die Anmeldung im Organisationskontext lief (der Parameter „organization“ oder eine Organisationsabfrage); nie beim Device Flow.</translation>
    </message>
    <message>
        <source>Auth0 organization name. Present with org_id only when the tenant setting &apos;Allow Organization Names in Authentication API&apos; is on.</source>
        <translation>Auth0-Organisationsname. Nur zusammen mit org_id vorhanden, wenn die Tenant-Einstellung „Allow Organization Names in Authentication API“ eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Auth0 grant type that produced the token: &apos;client-credentials&apos; (machine-to-machine) or &apos;password&apos; (resource owner password).</source>
        <translation>Auth0-Grant-Typ, der das Token erzeugt hat: „client-credentials“ (Machine-to-Machine) oder „password“ (Resource Owner Password).</translation>
    </message>
    <message>
        <source>Auth0 RBAC permissions for this API (when &apos;Add Permissions in the Access Token&apos; is on). In organization logins, only from organization-member roles.</source>
        <translation>Auth0-RBAC-Berechtigungen für diese API (wenn „Add Permissions in the Access Token“ eingeschaltet ist). Bei Organisationsanmeldungen nur aus Rollen der Organisationsmitgliedschaft.</translation>
    </message>
    <message>
        <source>Signature algorithm. Auth0 signs with RS256 by default; &apos;none&apos; means unsigned and HS256 uses a shared secret.</source>
        <translation>Signaturalgorithmus. Auth0 signiert standardmäßig mit RS256; „none“ bedeutet unsigniert, und HS256 verwendet ein gemeinsames Geheimnis.</translation>
    </message>
    <message>
        <source>Media type: &apos;JWT&apos;, or &apos;at+jwt&apos; for RFC 9068 access tokens.</source>
        <translation>Medientyp: „JWT“ oder „at+jwt“ für Access-Tokens nach RFC 9068.</translation>
    </message>
    <message>
        <source>Key ID: which key of the issuer&apos;s JWKS signed the token.</source>
        <translation>Schlüssel-ID: welcher Schlüssel aus dem JWKS des Issuers das Token signiert hat.</translation>
    </message>
    <message>
        <source>Content type of the payload; &apos;JWT&apos; for nested tokens.</source>
        <translation>Inhaltstyp des Payloads; „JWT“ bei verschachtelten Tokens.</translation>
    </message>
    <message>
        <source>JWK Set URL named by the token itself. Never trusted: OrgLens takes keys only from the configured issuer.</source>
        <translation>JWK-Set-URL, die das Token selbst nennt. Nie vertrauenswürdig: OrgLens nimmt Schlüssel nur vom konfigurierten Issuer.</translation>
    </message>
    <message>
        <source>X.509 certificate URL named by the token itself. Never trusted or fetched.</source>
        <translation>X.509-Zertifikats-URL, die das Token selbst nennt. Nie vertrauenswürdig und nie geladen.</translation>
    </message>
    <message>
        <source>A public key embedded in the token. Never trusted: anyone can embed their own key.</source>
        <translation>Ein im Token eingebetteter öffentlicher Schlüssel. Nie vertrauenswürdig: Jeder kann seinen eigenen Schlüssel einbetten.</translation>
    </message>
    <message>
        <source>X.509 certificate chain embedded in the token. Not used for verification.</source>
        <translation>Im Token eingebettete X.509-Zertifikatskette. Wird nicht zur Prüfung verwendet.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signing certificate; Auth0 sets it alongside kid.</source>
        <translation>SHA-1-Fingerabdruck des Signaturzertifikats; Auth0 setzt ihn neben kid.</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate.</source>
        <translation>SHA-256-Fingerabdruck des Signaturzertifikats.</translation>
    </message>
    <message>
        <source>Extensions the recipient must understand, or reject the token.</source>
        <translation>Erweiterungen, die der Empfänger verstehen muss, sonst muss er das Token ablehnen.</translation>
    </message>
    <message>
        <source>Content encryption algorithm (JWE only).</source>
        <translation>Algorithmus der Inhaltsverschlüsselung (nur JWE).</translation>
    </message>
    <message>
        <source>Compression applied before encryption (JWE only).</source>
        <translation>Vor der Verschlüsselung angewandte Kompression (nur JWE).</translation>
    </message>
    <message>
        <source>Custom claim &apos;%1&apos; under a namespace, added by an Auth0 Action or rule (api.accessToken.setCustomClaim / api.idToken.setCustomClaim).</source>
        <translation>Benutzerdefinierter Claim „%1“ unter einem Namespace, hinzugefügt von einer Auth0-Action oder -Rule (api.accessToken.setCustomClaim / api.idToken.setCustomClaim).</translation>
    </message>
    <message>
        <source>Not a registered or Auth0 claim and not namespaced. Auth0 accepts such custom claims (except on tokens for Auth0 APIs), but a namespaced name like https://your-domain/%1 avoids collisions with future standard claims.</source>
        <translation>Kein registrierter oder Auth0-Claim und ohne Namespace. Auth0 akzeptiert solche benutzerdefinierten Claims (außer bei Tokens für Auth0-APIs), aber ein Name mit Namespace wie https://your-domain/%1 vermeidet Kollisionen mit künftigen Standard-Claims.</translation>
    </message>
    <message>
        <source>Header parameter not defined by JOSE.</source>
        <translation>Nicht von JOSE definierter Header-Parameter.</translation>
    </message>
    <message>
        <source>JOSE header</source>
        <translation>JOSE-Header</translation>
    </message>
    <message>
        <source>RFC 7519</source>
        <translation>RFC 7519</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Access-Token</translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation>Auth0</translation>
    </message>
    <message>
        <source>custom (namespaced)</source>
        <translation>benutzerdefiniert (mit Namespace)</translation>
    </message>
    <message>
        <source>custom (no namespace)</source>
        <translation>benutzerdefiniert (ohne Namespace)</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::ClaimChain</name>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>hinzugefügt durch %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>geändert durch %1</translation>
    </message>
    <message>
        <source>dropped by %1</source>
        <translation>entfernt durch %1</translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::ClaimValidator</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No expected issuer configured; the token says &apos;%1&apos;.</source>
        <translation>Kein erwarteter Issuer konfiguriert; das Token nennt „%1“.</translation>
    </message>
    <message>
        <source>No expected issuer configured.</source>
        <translation>Kein erwarteter Issuer konfiguriert.</translation>
    </message>
    <message>
        <source>The token has no &apos;iss&apos; (issuer) string; expected &apos;%1&apos;.</source>
        <translation>Das Token hat keinen String „iss“ (Issuer); erwartet wurde „%1“.</translation>
    </message>
    <message>
        <source>Issued by &apos;%1&apos;, as expected.</source>
        <translation>Ausgestellt von „%1“, wie erwartet.</translation>
    </message>
    <message>
        <source>The configured issuer &apos;%1&apos; lacks the trailing &apos;/&apos;: Auth0 issuers end with a slash, and the token&apos;s iss is &apos;%2&apos;. Configure &apos;%2&apos; (issuers are compared exactly).</source>
        <translation>Dem konfigurierten Issuer „%1“ fehlt der abschließende „/“: Auth0-Issuer enden mit einem Schrägstrich, und das iss des Tokens ist „%2“. Konfigurieren Sie „%2“ (Issuer werden exakt verglichen).</translation>
    </message>
    <message>
        <source>The token&apos;s iss &apos;%1&apos; has no trailing &apos;/&apos;, but Auth0 always issues &apos;%2&apos;. This token was not issued by that Auth0 tenant.</source>
        <translation>Das iss „%1“ des Tokens hat keinen abschließenden „/“, aber Auth0 stellt immer „%2“ aus. Dieses Token wurde nicht von diesem Auth0-Tenant ausgestellt.</translation>
    </message>
    <message>
        <source>Issued by &apos;%1&apos;, but &apos;%2&apos; was expected: the token comes from another tenant or environment (or a custom domain is in use).</source>
        <translation>Ausgestellt von „%1“, erwartet wurde aber „%2“: Das Token stammt aus einem anderen Tenant oder einer anderen Umgebung (oder eine Custom Domain wird verwendet).</translation>
    </message>
    <message>
        <source>No expected audience configured.</source>
        <translation>Keine erwartete Audience konfiguriert.</translation>
    </message>
    <message>
        <source>No expected audience configured; the token is for %1.</source>
        <translation>Keine erwartete Audience konfiguriert; das Token ist für %1.</translation>
    </message>
    <message>
        <source>The token has no &apos;aud&apos; (audience) claim; expected %1.</source>
        <translation>Das Token hat keinen Claim „aud“ (Audience); erwartet wurde %1.</translation>
    </message>
    <message>
        <source>&apos;aud&apos; must be a string or an array of strings.</source>
        <translation>„aud“ muss ein String oder ein Array von Strings sein.</translation>
    </message>
    <message>
        <source>The audience includes &apos;%1&apos;.</source>
        <translation>Die Audience enthält „%1“.</translation>
    </message>
    <message>
        <source>The token is for %1, not for %2. Request the token with the right &apos;audience&apos; parameter.</source>
        <translation>Das Token ist für %1, nicht für %2. Fordern Sie das Token mit dem richtigen Parameter „audience“ an.</translation>
    </message>
    <message>
        <source>The token has no &apos;exp&apos; claim, so it never expires; Auth0 tokens always have one.</source>
        <translation>Das Token hat keinen Claim „exp“ und läuft daher nie ab; Auth0-Tokens haben immer einen.</translation>
    </message>
    <message>
        <source>The token has no &apos;nbf&apos; claim.</source>
        <translation>Das Token hat keinen Claim „nbf“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds since 1970 (NumericDate) in the years 1 to 9999.</source>
        <translation>&apos;%1&apos; ist keine Anzahl von Sekunden seit 1970 (NumericDate) in den Jahren 1 bis 9999.</translation>
    </message>
    <message>
        <source>Expires in %1 (%2 UTC).</source>
        <translation>Läuft in %1 ab (%2 UTC).</translation>
    </message>
    <message>
        <source>Expired %1 ago (%2 UTC), within the allowed clock skew of %3 s.</source>
        <translation>Vor %1 abgelaufen (%2 UTC), innerhalb der erlaubten Uhrenabweichung von %3 s.</translation>
    </message>
    <message>
        <source>Expired %1 ago (%2 UTC); the allowed clock skew is %3 s. Get a new token.</source>
        <translation>Vor %1 abgelaufen (%2 UTC); die erlaubte Uhrenabweichung beträgt %3 s. Holen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>Valid since %1 UTC.</source>
        <translation>Gültig seit %1 UTC.</translation>
    </message>
    <message>
        <source>Valid in %1 (%2 UTC), within the allowed clock skew of %3 s.</source>
        <translation>Gültig in %1 (%2 UTC), innerhalb der erlaubten Uhrenabweichung von %3 s.</translation>
    </message>
    <message>
        <source>Not valid before %1 UTC, %2 from now; the allowed clock skew is %3 s. Check this computer&apos;s clock.</source>
        <translation>Nicht gültig vor %1 UTC, also in %2; die erlaubte Uhrenabweichung beträgt %3 s. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>No expected client configured.</source>
        <translation>Kein erwarteter Client konfiguriert.</translation>
    </message>
    <message>
        <source>No expected client configured; %1 is &apos;%2&apos;.</source>
        <translation>Kein erwarteter Client konfiguriert; %1 ist „%2“.</translation>
    </message>
    <message>
        <source>The token has no &apos;azp&apos; (or &apos;client_id&apos;) claim; expected client &apos;%1&apos;.</source>
        <translation>Das Token hat keinen Claim „azp“ (oder „client_id“); erwartet wurde der Client „%1“.</translation>
    </message>
    <message>
        <source>Issued to client &apos;%1&apos; (%2).</source>
        <translation>Ausgestellt für den Client „%1“ (%2).</translation>
    </message>
    <message>
        <source>Issued to client &apos;%1&apos; (%2), not to &apos;%3&apos;.</source>
        <translation>Ausgestellt für den Client „%1“ (%2), nicht für „%3“.</translation>
    </message>
    <message>
        <source>Organization &apos;%1&apos;.</source>
        <translation>Organisation „%1“.</translation>
    </message>
    <message>
        <source>No &apos;org_id&apos;: the login did not run in organization context (for example no &apos;organization&apos; parameter, or a flow that does not support Organizations).</source>
        <translation>Kein „org_id“: Die Anmeldung lief nicht im Organisationskontext (zum Beispiel ohne Parameter „organization“ oder mit einem Flow, der keine Organisationen unterstützt).</translation>
    </message>
    <message>
        <source>&apos;org_id&apos; is not a string.</source>
        <translation>„org_id“ ist kein String.</translation>
    </message>
    <message>
        <source>Organization name &apos;%1&apos;.</source>
        <translation>Organisationsname „%1“.</translation>
    </message>
    <message>
        <source>&apos;org_name&apos; (&apos;%1&apos;) is present without &apos;org_id&apos;: Auth0 only adds org_name next to org_id, so this claim probably comes from elsewhere.</source>
        <translation>„org_name“ („%1“) ist ohne „org_id“ vorhanden: Auth0 fügt org_name nur neben org_id hinzu, dieser Claim stammt also wahrscheinlich von anderswo.</translation>
    </message>
    <message>
        <source>No &apos;org_name&apos;: the tenant setting &quot;Allow Organization Names in Authentication API&quot; is off (it is off by default).</source>
        <translation>Kein „org_name“: Die Tenant-Einstellung &quot;Allow Organization Names in Authentication API&quot; ist aus (standardmäßig ist sie aus).</translation>
    </message>
    <message>
        <source>No &apos;org_name&apos; (no organization claims at all).</source>
        <translation>Kein „org_name“ (überhaupt keine Organisations-Claims).</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::Jwks</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a string</source>
        <translation>„%1“ ist kein String</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid base64url</source>
        <translation>„%1“ ist kein gültiges base64url</translation>
    </message>
    <message>
        <source>the RSA modulus has %1 bits; at least %2 are required</source>
        <translation>der RSA-Modulus hat %1 Bit; mindestens %2 sind erforderlich</translation>
    </message>
    <message>
        <source>&apos;e&apos; is not a valid RSA public exponent</source>
        <translation>„e“ ist kein gültiger öffentlicher RSA-Exponent</translation>
    </message>
    <message>
        <source>OpenSSL refused the RSA parameters</source>
        <translation>OpenSSL hat die RSA-Parameter abgelehnt</translation>
    </message>
    <message>
        <source>curve &apos;%1&apos; is not supported (P-256, P-384 and P-521 are)</source>
        <translation>die Kurve „%1“ wird nicht unterstützt (P-256, P-384 und P-521 schon)</translation>
    </message>
    <message>
        <source>&apos;x&apos; and &apos;y&apos; must be %1 bytes each for %2 (they are %3 and %4)</source>
        <translation>„x“ und „y“ müssen für %2 je %1 Byte lang sein (sie sind %3 und %4)</translation>
    </message>
    <message>
        <source>(&apos;x&apos;, &apos;y&apos;) is not a point on %1</source>
        <translation>(„x“, „y“) ist kein Punkt auf %1</translation>
    </message>
    <message>
        <source>curve &apos;%1&apos; is not supported for signatures (Ed25519 is)</source>
        <translation>die Kurve „%1“ wird für Signaturen nicht unterstützt (Ed25519 schon)</translation>
    </message>
    <message>
        <source>&apos;x&apos; must be 32 bytes for Ed25519 (it is %1)</source>
        <translation>„x“ muss für Ed25519 32 Byte lang sein (es ist %1)</translation>
    </message>
    <message>
        <source>OpenSSL refused the Ed25519 key</source>
        <translation>OpenSSL hat den Ed25519-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>RSA %1-bit key</source>
        <translation>RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>%1-Schlüssel</translation>
    </message>
    <message>
        <source>&apos;kty&apos; is missing or not a string</source>
        <translation>„kty“ fehlt oder ist kein String</translation>
    </message>
    <message>
        <source>symmetric key (kty &apos;oct&apos;) refused: a shared secret must never be published in a JWKS, and it cannot verify public-key signatures</source>
        <translation>symmetrischer Schlüssel (kty „oct“) abgelehnt: Ein gemeinsames Geheimnis darf nie in einem JWKS veröffentlicht werden, und es kann keine Public-Key-Signaturen prüfen</translation>
    </message>
    <message>
        <source>contains private key material (%1) and was refused: a JWKS must publish public keys only. Treat this key as exposed and rotate it.</source>
        <translation>enthält privates Schlüsselmaterial (%1) und wurde abgelehnt: Ein JWKS darf nur öffentliche Schlüssel veröffentlichen. Betrachten Sie diesen Schlüssel als kompromittiert und tauschen Sie ihn aus.</translation>
    </message>
    <message>
        <source>&apos;use&apos; is &apos;%1&apos;, so the key is not for signatures</source>
        <translation>„use“ ist „%1“, der Schlüssel ist also nicht für Signaturen</translation>
    </message>
    <message>
        <source>&apos;key_ops&apos; does not include &apos;verify&apos;</source>
        <translation>„key_ops“ enthält nicht „verify“</translation>
    </message>
    <message>
        <source>key type (kty) &apos;%1&apos; is not supported (RSA, EC and OKP are)</source>
        <translation>der Schlüsseltyp (kty) „%1“ wird nicht unterstützt (RSA, EC und OKP schon)</translation>
    </message>
    <message>
        <source>&apos;alg&apos; is &apos;%1&apos;, not a signature algorithm OrgLens verifies (%2)</source>
        <translation>„alg“ ist „%1“, kein Signaturalgorithmus, den OrgLens prüft (%2)</translation>
    </message>
    <message>
        <source>&apos;alg&apos; %1 does not fit a %2 key</source>
        <translation>„alg“ %1 passt nicht zu einem %2-Schlüssel</translation>
    </message>
    <message>
        <source>jwks: invalid JSON at offset %1 (%2)</source>
        <translation>jwks: ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>jwks: the JSON is not an object; expected {&quot;keys&quot;: [...]} or a single JWK</source>
        <translation>jwks: Das JSON ist kein Objekt; erwartet wurde {&quot;keys&quot;: [...]} oder ein einzelner JWK</translation>
    </message>
    <message>
        <source>jwks: &apos;keys&apos; is not an array</source>
        <translation>jwks: „keys“ ist kein Array</translation>
    </message>
    <message>
        <source>jwks: neither a JWK Set (an object with a &apos;keys&apos; array) nor a JWK (an object with &apos;kty&apos;)</source>
        <translation>jwks: weder ein JWK Set (ein Objekt mit einem Array „keys“) noch ein JWK (ein Objekt mit „kty“)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key %1 (kid %2)</source>
        <translation>Schlüssel %1 (kid %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: %2; key skipped.</source>
        <translation>%1: %2; Schlüssel übersprungen.</translation>
    </message>
    <message>
        <source>jwks: no usable key. %1</source>
        <translation>jwks: kein verwendbarer Schlüssel. %1</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::JwksClient</name>
    <message>
        <source>&apos;%1&apos; is not an issuer URL; expected something like https://tenant.eu.auth0.com/.</source>
        <translation>„%1“ ist keine Issuer-URL; erwartet wird etwas wie https://tenant.eu.auth0.com/.</translation>
    </message>
    <message>
        <source>The issuer URL &apos;%1&apos; must not contain a query, a fragment or credentials.</source>
        <translation>Die Issuer-URL „%1“ darf keine Query, kein Fragment und keine Zugangsdaten enthalten.</translation>
    </message>
    <message>
        <source>Refusing to fetch keys over plain http from &apos;%1&apos;: anyone on the network could replace them. Use https (http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>Schlüssel werden nicht über unverschlüsseltes http von „%1“ geladen: Jeder im Netzwerk könnte sie ersetzen. Verwenden Sie https (http ist nur für 127.0.0.1, ::1 und localhost erlaubt).</translation>
    </message>
    <message>
        <source>The issuer URL &apos;%1&apos; must start with https://.</source>
        <translation>Die Issuer-URL „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>kid %1 is not in the JWKS; it was fetched again %2 s ago and is fetched at most once a minute for an unknown kid, so try again in %3 s.</source>
        <translation>kid %1 ist nicht im JWKS; es wurde vor %2 s neu geladen und wird für eine unbekannte kid höchstens einmal pro Minute geladen, versuchen Sie es also in %3 s erneut.</translation>
    </message>
    <message>
        <source>OpenID discovery at %1 failed (%2); used %3.</source>
        <translation>OpenID Discovery bei %1 fehlgeschlagen (%2); %3 verwendet.</translation>
    </message>
    <message>
        <source>no &apos;jwks_uri&apos; string in the document</source>
        <translation>kein String „jwks_uri“ im Dokument</translation>
    </message>
    <message>
        <source>The discovery document at %1 names jwks_uri &apos;%2&apos;, which is not on the issuer&apos;s own origin (%3://%4). OrgLens only fetches keys from the configured issuer; check the issuer URL, or pass the keys with --jwks FILE.</source>
        <translation>Das Discovery-Dokument bei %1 nennt die jwks_uri „%2“, die nicht auf dem eigenen Origin des Issuers liegt (%3://%4). OrgLens lädt Schlüssel nur vom konfigurierten Issuer; prüfen Sie die Issuer-URL oder übergeben Sie die Schlüssel mit --jwks DATEI.</translation>
    </message>
    <message>
        <source>The JWKS at %1 is unusable: %2</source>
        <translation>Das JWKS bei %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 antwortete mit HTTP %2 %3</translation>
    </message>
    <message>
        <source>fetching the keys from %1 was cancelled</source>
        <translation>das Abrufen der Schlüssel von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found (check the domain name)</source>
        <translation>Host nicht gefunden (prüfen Sie den Domainnamen)</translation>
    </message>
    <message>
        <source>no answer within %1 s (timed out)</source>
        <translation>keine Antwort innerhalb von %1 s (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Cannot read the JWKS file &apos;%1&apos;: %2</source>
        <translation>Die JWKS-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The JWKS file &apos;%1&apos; is %2 bytes; a key set is a few KB.</source>
        <translation>Die JWKS-Datei „%1“ ist %2 Byte groß; ein Key Set hat wenige KB.</translation>
    </message>
    <message>
        <source>JWKS file &apos;%1&apos;: %2</source>
        <translation>JWKS-Datei „%1“: %2</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::KindGuess</name>
    <message>
        <source>Looks like an ID token</source>
        <translation>Sieht nach einem ID-Token aus</translation>
    </message>
    <message>
        <source>Looks like an access token</source>
        <translation>Sieht nach einem Access-Token aus</translation>
    </message>
    <message>
        <source>Kind of token unclear</source>
        <translation>Art des Tokens unklar</translation>
    </message>
    <message>
        <source> (grant: %1)</source>
        <translation> (Grant: %1)</translation>
    </message>
    <message>
        <source>The header type is &apos;at+jwt&apos; (RFC 9068 access token).</source>
        <translation>Der Header-Typ ist „at+jwt“ (Access-Token nach RFC 9068).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is present, which only ID tokens carry.</source>
        <translation>„%1“ ist vorhanden, was nur ID-Tokens enthalten.</translation>
    </message>
    <message>
        <source>&apos;aud&apos; includes %1userinfo, the audience Auth0 adds to access tokens requested with &apos;openid&apos;.</source>
        <translation>„aud“ enthält %1userinfo, die Audience, die Auth0 Access-Tokens hinzufügt, die mit „openid“ angefordert wurden.</translation>
    </message>
    <message>
        <source>&apos;aud&apos; names an API identifier (%1).</source>
        <translation>„aud“ nennt einen API-Identifier (%1).</translation>
    </message>
    <message>
        <source>&apos;aud&apos; is a single client id (%1), as in ID tokens.</source>
        <translation>„aud“ ist eine einzelne Client-ID (%1), wie bei ID-Tokens.</translation>
    </message>
    <message>
        <source>&apos;scope&apos; is present, which access tokens carry.</source>
        <translation>„scope“ ist vorhanden, was Access-Tokens enthalten.</translation>
    </message>
    <message>
        <source>&apos;permissions&apos; is present (Auth0 RBAC for an API).</source>
        <translation>„permissions“ ist vorhanden (Auth0-RBAC für eine API).</translation>
    </message>
    <message>
        <source>Profile claims (name, email) without &apos;scope&apos; are typical of ID tokens.</source>
        <translation>Profil-Claims (name, email) ohne „scope“ sind typisch für ID-Tokens.</translation>
    </message>
    <message>
        <source>&apos;gty&apos; is &apos;%1&apos;: Auth0 marks access tokens from that grant.</source>
        <translation>„gty“ ist „%1“: So kennzeichnet Auth0 Access-Tokens aus diesem Grant.</translation>
    </message>
    <message>
        <source>&apos;sub&apos; ends with @clients: a machine-to-machine token from the client credentials grant.</source>
        <translation>„sub“ endet auf @clients: ein Machine-to-Machine-Token aus dem Client-Credentials-Grant.</translation>
    </message>
    <message>
        <source>&apos;act&apos; is present: the token came from a token exchange (RFC 8693).</source>
        <translation>„act“ ist vorhanden: Das Token stammt aus einem Token-Austausch (RFC 8693).</translation>
    </message>
    <message>
        <source>The claims do not say whether this is an ID token or an access token.</source>
        <translation>Die Claims sagen nicht, ob dies ein ID-Token oder ein Access-Token ist.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::SignatureVerifier</name>
    <message>
        <source>a %1 key</source>
        <translation>ein %1-Schlüssel</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>ein RSA-Schlüssel</translation>
    </message>
    <message>
        <source>%1 needs %2, but the JWKS key is a %3 (key confusion refused)</source>
        <translation>%1 braucht %2, aber der JWKS-Schlüssel ist %3 (Schlüsselverwechslung abgelehnt)</translation>
    </message>
    <message>
        <source>the JWKS key %1 is for %2 only, but the token says %3 (algorithm substitution refused)</source>
        <translation>der JWKS-Schlüssel %1 ist nur für %2, aber das Token nennt %3 (Algorithmusersetzung abgelehnt)</translation>
    </message>
    <message>
        <source>The token&apos;s %1 header parameter(s) were ignored: OrgLens never fetches or trusts keys named by the token itself, only the configured issuer&apos;s JWKS.</source>
        <translation>Die Header-Parameter %1 des Tokens wurden ignoriert: OrgLens lädt oder vertraut nie Schlüsseln, die das Token selbst nennt, sondern nur dem JWKS des konfigurierten Issuers.</translation>
    </message>
    <message>
        <source>The %1 signature is %2 bytes long; it must be exactly %3 (r and s, %4 bytes each, RFC 7518 §3.4). A DER-encoded signature is not valid in a JWS.</source>
        <translation>Die %1-Signatur ist %2 Byte lang; sie muss genau %3 lang sein (r und s, je %4 Byte, RFC 7518 §3.4). Eine DER-kodierte Signatur ist in einer JWS nicht gültig.</translation>
    </message>
    <message>
        <source>The EdDSA signature is %1 bytes long; an Ed25519 signature is 64.</source>
        <translation>Die EdDSA-Signatur ist %1 Byte lang; eine Ed25519-Signatur hat 64.</translation>
    </message>
    <message>
        <source>Signature verified with the %1 (%2).</source>
        <translation>Signatur mit %1 (%2) verifiziert.</translation>
    </message>
    <message>
        <source>Invalid signature: it does not match the %1. The token was altered or signed by another key.</source>
        <translation>Ungültige Signatur: Sie passt nicht zu %1. Das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Invalid signature: it matches none of the %1 keys of the JWKS that fit %2.</source>
        <translation>Ungültige Signatur: Sie passt zu keinem der %1 Schlüssel des JWKS, die zu %2 passen.</translation>
    </message>
    <message>
        <source>The JWKS has no usable key, so the signature cannot be checked.</source>
        <translation>Das JWKS hat keinen verwendbaren Schlüssel, daher kann die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Invalid: %1.</source>
        <translation>Ungültig: %1.</translation>
    </message>
    <message>
        <source>There is no key with kid %1 in the JWKS (the issuer may have rotated its keys: refreshing the JWKS may help).</source>
        <translation>Im JWKS gibt es keinen Schlüssel mit kid %1 (der Issuer hat seine Schlüssel vielleicht gewechselt: Das JWKS neu zu laden kann helfen).</translation>
    </message>
    <message>
        <source>The token has no kid and the JWKS has no key that fits %1.</source>
        <translation>Das Token hat keine kid, und das JWKS hat keinen Schlüssel, der zu %1 passt.</translation>
    </message>
    <message>
        <source>alg &apos;%1&apos; means unsigned: refused. Anyone can forge such a token.</source>
        <translation>alg „%1“ bedeutet unsigniert: abgelehnt. Jeder kann ein solches Token fälschen.</translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm; a public JWKS cannot verify it (possible key-confusion attack). Auth0 signs with RS256 unless the application is configured for HS256.</source>
        <translation>%1 ist ein Algorithmus mit gemeinsamem Geheimnis; ein öffentliches JWKS kann ihn nicht prüfen (möglicher Key-Confusion-Angriff). Auth0 signiert mit RS256, sofern die Anwendung nicht für HS256 konfiguriert ist.</translation>
    </message>
    <message>
        <source>alg &apos;%1&apos; is not supported; OrgLens verifies %2.</source>
        <translation>alg „%1“ wird nicht unterstützt; OrgLens prüft %2.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::SigningKey</name>
    <message>
        <source>The token is signed with &apos;%1&apos;; this tenant signs with RS256.</source>
        <translation>Das Token ist mit „%1“ signiert; dieser Tenant signiert mit RS256.</translation>
    </message>
    <message>
        <source>The token&apos;s key id &apos;%1&apos; is not this tenant&apos;s signing key &apos;%2&apos; (a token from another tenant or an earlier start of the demo tenant).</source>
        <translation>Die Schlüssel-ID „%1“ des Tokens ist nicht der Signaturschlüssel „%2“ dieses Tenants (ein Token eines anderen Tenants oder eines früheren Starts des Demo-Tenants).</translation>
    </message>
    <message>
        <source>The token&apos;s signature does not verify with this tenant&apos;s key &apos;%1&apos;.</source>
        <translation>Die Signatur des Tokens lässt sich mit dem Schlüssel „%1“ dieses Tenants nicht verifizieren.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>noch %1 nicht gültig</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <source>issued %1 in the future: check the clocks</source>
        <translation>%1 in der Zukunft ausgestellt: Prüfen Sie die Uhren</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
    </message>
    <message>
        <source>authenticated %1 in the future: check the clocks</source>
        <translation>%1 in der Zukunft authentifiziert: Prüfen Sie die Uhren</translation>
    </message>
    <message>
        <source>authenticated %1 ago</source>
        <translation>vor %1 authentifiziert</translation>
    </message>
    <message>
        <source>updated %1 in the future</source>
        <translation>%1 in der Zukunft aktualisiert</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenDecoder</name>
    <message>
        <source>Read the token from an &apos;Authorization:&apos; header line.</source>
        <translation>Das Token wurde aus einer Header-Zeile „Authorization:“ gelesen.</translation>
    </message>
    <message>
        <source>Removed the &apos;Bearer &apos; prefix.</source>
        <translation>Das Präfix „Bearer “ wurde entfernt.</translation>
    </message>
    <message>
        <source>%1: the JSON is nested more than %2 levels deep and was refused; real tokens nest a few levels, so this one is malformed or hostile.</source>
        <translation>%1: Das JSON ist mehr als %2 Ebenen tief verschachtelt und wurde abgelehnt; echte Tokens sind nur wenige Ebenen tief verschachtelt, dieses ist also fehlerhaft oder böswillig.</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2 (%3).</source>
        <translation>%1: ungültiges JSON an Position %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the JSON is %2, but a JWT %1 must be a JSON object.</source>
        <translation>%1: Das JSON ist %2, aber ein JWT-%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>%1: padding character &apos;=&apos; at position %2 inside the base64url text.</source>
        <translation>%1: Füllzeichen „=“ an Position %2 im base64url-Text.</translation>
    </message>
    <message>
        <source>%1: illegal character %2 at position %3; base64url allows only A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>%1: unzulässiges Zeichen %2 an Position %3; base64url erlaubt nur A-Z, a-z, 0-9, „-“ und „_“.</translation>
    </message>
    <message>
        <source>%1: %2 base64url characters cannot encode whole bytes; the token was probably cut short.</source>
        <translation>%1: %2 base64url-Zeichen können keine ganzen Bytes kodieren; das Token wurde wahrscheinlich abgeschnitten.</translation>
    </message>
    <message>
        <source>%1: not valid base64url.</source>
        <translation>%1: kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The input is %1 bytes long; tokens over %2 bytes are refused.</source>
        <translation>Die Eingabe ist %1 Byte lang; Tokens über %2 Byte werden abgelehnt.</translation>
    </message>
    <message>
        <source>No token given: the input is empty.</source>
        <translation>Kein Token angegeben: Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>This is an opaque token (no dots), not a JWT: it cannot be decoded. Auth0 issues opaque access tokens when no &apos;audience&apos; is requested; they are only good for /userinfo.</source>
        <translation>Dies ist ein opakes Token (ohne Punkte), kein JWT: Es kann nicht dekodiert werden. Auth0 stellt opake Access-Tokens aus, wenn keine „audience“ angefordert wird; sie taugen nur für /userinfo.</translation>
    </message>
    <message>
        <source>The token has %1 parts; a JWS has 3 (a JWE has 5: encrypted tokens cannot be decoded).</source>
        <translation>Das Token hat %1 Teile; eine JWS hat 3 (eine JWE hat 5: verschlüsselte Tokens können nicht dekodiert werden).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>header: missing &apos;alg&apos;; every JWS header must name its signature algorithm.</source>
        <translation>Header: „alg“ fehlt; jeder JWS-Header muss seinen Signaturalgorithmus nennen.</translation>
    </message>
    <message>
        <source>Removed line breaks/spaces inside the token.</source>
        <translation>Zeilenumbrüche/Leerzeichen im Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Its protected header cannot be read either.</source>
        <translation>Auch sein geschützter Header ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Protected header: %1.</source>
        <translation>Geschützter Header: %1.</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, 5 parts). %1 Encrypted: the payload cannot be read without the tenant&apos;s key (the private key of the API it was issued for).</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE, 5 Teile). %1 Verschlüsselt: Die Nutzdaten sind ohne den Schlüssel des Tenants (den privaten Schlüssel der API, für die es ausgestellt wurde) nicht lesbar.</translation>
    </message>
    <message>
        <source>This is not a token: it has spaces or line breaks between words. A token is one unbroken string; a JWT is three parts of letters, digits, &apos;-&apos; and &apos;_&apos; joined by dots.</source>
        <translation>Das ist kein Token: Es enthält Leerzeichen oder Zeilenumbrüche zwischen Wörtern. Ein Token ist eine ununterbrochene Zeichenkette; ein JWT besteht aus drei Teilen aus Buchstaben, Ziffern, „-“ und „_“, durch Punkte verbunden.</translation>
    </message>
    <message>
        <source>This is not a token: it contains %1, a character no token has. Opaque access tokens and refresh tokens use only A-Z, a-z, 0-9, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;, &apos;~&apos;, &apos;+&apos;, &apos;/&apos; and a trailing &apos;=&apos;; a JWT is three parts joined by dots.</source>
        <translation>Das ist kein Token: Es enthält %1, ein Zeichen, das in keinem Token vorkommt. Opake Zugriffstokens und Refresh-Tokens bestehen nur aus A-Z, a-z, 0-9, „-“, „.“, „_“, „~“, „+“, „/“ und „=“ am Ende; ein JWT besteht aus drei durch Punkte verbundenen Teilen.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenDiffModel</name>
    <message>
        <source>Differs on every issuance; usually not a meaningful difference.</source>
        <translation>Unterscheidet sich bei jeder Ausstellung; meist kein bedeutsamer Unterschied.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenInspection</name>
    <message>
        <source>The token is unsigned (alg &apos;none&apos;): anyone could have written it.</source>
        <translation>Das Token ist unsigniert (alg „none“): Jeder könnte es geschrieben haben.</translation>
    </message>
    <message>
        <source>Signed with a shared secret (%1): only holders of the client secret can verify it, and a public JWKS cannot. Auth0 APIs should use RS256.</source>
        <translation>Mit einem gemeinsamen Geheimnis signiert (%1): Nur Inhaber des Client-Secrets können es prüfen, ein öffentliches JWKS nicht. Auth0-APIs sollten RS256 verwenden.</translation>
    </message>
    <message>
        <source>The header carries &apos;%1&apos;. OrgLens never fetches or uses key material named by a token; keys come only from the configured issuer.</source>
        <translation>Der Header enthält „%1“. OrgLens lädt oder verwendet nie Schlüsselmaterial, das ein Token nennt; Schlüssel kommen nur vom konfigurierten Issuer.</translation>
    </message>
    <message>
        <source>The header lists critical extensions (&apos;crit&apos;) that must be understood.</source>
        <translation>Der Header listet kritische Erweiterungen („crit“), die verstanden werden müssen.</translation>
    </message>
    <message>
        <source>The token has no &apos;exp&apos;: it never expires.</source>
        <translation>Das Token hat kein „exp“: Es läuft nie ab.</translation>
    </message>
    <message>
        <source>The token expired %1 ago.</source>
        <translation>Das Token ist vor %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid for another %1 (&apos;nbf&apos;).</source>
        <translation>Das Token ist noch %1 nicht gültig („nbf“).</translation>
    </message>
    <message>
        <source>&apos;iat&apos; is %1 in the future: the issuer&apos;s clock or this computer&apos;s is wrong.</source>
        <translation>„iat“ liegt %1 in der Zukunft: Die Uhr des Issuers oder dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds.</source>
        <translation>„%1“ ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Unknown claims without a namespace: %1. Auth0 refuses them on tokens for its own APIs; prefer https://your-domain/&lt;claim&gt;.</source>
        <translation>Unbekannte Claims ohne Namespace: %1. Auth0 lehnt sie bei Tokens für seine eigenen APIs ab; besser https://your-domain/&lt;claim&gt;.</translation>
    </message>
    <message>
        <source>&apos;org_name&apos; is present without &apos;org_id&apos;; Auth0 always sends both together.</source>
        <translation>„org_name“ ist ohne „org_id“ vorhanden; Auth0 sendet immer beide zusammen.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenTreeModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>How the token is signed (JOSE header)</source>
        <translation>Wie das Token signiert ist (JOSE-Header)</translation>
    </message>
    <message>
        <source>What the token says (claims)</source>
        <translation>Was das Token aussagt (Claims)</translation>
    </message>
    <message>
        <source>Defined by: %1</source>
        <translation>Definiert durch: %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
</context>
<context>
    <name>orglens::management::ApiError</name>
    <message>
        <source>Hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>the scope the message names</source>
        <translation>der in der Meldung genannte Scope</translation>
    </message>
    <message>
        <source>grant the machine-to-machine application the Management API scope %1 (Dashboard &gt; Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications), then request a new token.</source>
        <translation>Gewähren Sie der Machine-to-Machine-Anwendung den Management-API-Scope %1 (Dashboard &gt; Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications) und fordern Sie dann ein neues Token an.</translation>
    </message>
    <message>
        <source>no user has that user_id: check the id including its connection prefix (e.g. auth0|...), or find it with &apos;users search&apos; or &apos;users by-email&apos;.</source>
        <translation>Kein Benutzer hat diese user_id: Prüfen Sie die ID samt Verbindungspräfix (z. B. auth0|...) oder suchen Sie sie mit „users search“ oder „users by-email“.</translation>
    </message>
    <message>
        <source>no organization has that id or name: list them with &apos;orgs list&apos;.</source>
        <translation>Keine Organisation hat diese ID oder diesen Namen: Listen Sie sie mit „orgs list“ auf.</translation>
    </message>
    <message>
        <source>the tenant&apos;s Management API rate limit was reached; lower --concurrency or retry later.</source>
        <translation>Das Rate Limit der Management API des Tenants wurde erreicht; verringern Sie --concurrency oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the token was issued for another API: the Management API audience is https://&lt;domain&gt;/api/v2/ of the same tenant (use the tenant&apos;s canonical domain, not a custom domain).</source>
        <translation>Das Token wurde für eine andere API ausgestellt: Die Audience der Management API ist https://&lt;Domain&gt;/api/v2/ desselben Tenants (verwenden Sie die kanonische Domain des Tenants, keine Custom Domain).</translation>
    </message>
    <message>
        <source>the access token expired; a new one is requested automatically.</source>
        <translation>Das Access-Token ist abgelaufen; ein neues wird automatisch angefordert.</translation>
    </message>
    <message>
        <source>the Management API refused the token: check the profile&apos;s issuer and machine-to-machine application.</source>
        <translation>Die Management API hat das Token abgelehnt: Prüfen Sie den Issuer und die Machine-to-Machine-Anwendung des Profils.</translation>
    </message>
    <message>
        <source>the tenant had an internal error; the request was retried with backoff.</source>
        <translation>Der Tenant hatte einen internen Fehler; die Anfrage wurde mit Backoff wiederholt.</translation>
    </message>
</context>
<context>
    <name>orglens::management::AuditLog</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no audit entry has the id &apos;%1&apos;; list them with &apos;orglens-cli audit list&apos;.</source>
        <translation>Kein Audit-Eintrag hat die ID „%1“; listen Sie sie mit „orglens-cli audit list“ auf.</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>%1 line %2 was skipped: %3</source>
        <translation>%1 Zeile %2 wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>an entry without id, user_id or time</source>
        <translation>ein Eintrag ohne id, user_id oder time</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkJournal</name>
    <message>
        <source>the journal %1 already exists from an earlier run: continue it with --resume, or delete it to start over.</source>
        <translation>Das Journal %1 existiert bereits aus einem früheren Lauf: Setzen Sie es mit --resume fort oder löschen Sie es, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1; run without --resume to start, or give --journal FILE.</source>
        <translation>--resume: Es gibt kein Journal unter %1; starten Sie ohne --resume oder geben Sie --journal DATEI an.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot repair %1: %2</source>
        <translation>%1 kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>the journal %1 belongs to another version of the CSV file (its SHA-256 differs); resume with the original file, or start a new run with another --journal.</source>
        <translation>Das Journal %1 gehört zu einer anderen Version der CSV-Datei (ihr SHA-256 unterscheidet sich); setzen Sie mit der ursprünglichen Datei fort oder starten Sie einen neuen Lauf mit einem anderen --journal.</translation>
    </message>
    <message>
        <source>the journal %1 was written for the tenant %2, not %3.</source>
        <translation>Das Journal %1 wurde für den Tenant %2 geschrieben, nicht für %3.</translation>
    </message>
    <message>
        <source>another run (pid %1) is using the journal %2: wait for it to end or stop it, then resume. Two runs on one journal could send a row twice.</source>
        <translation>ein anderer Lauf (PID %1) verwendet das Journal %2: Warten Sie, bis er endet, oder beenden Sie ihn, und setzen Sie dann fort. Zwei Läufe mit einem Journal könnten eine Zeile doppelt senden.</translation>
    </message>
    <message>
        <source>cannot create the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>journal line %1 cannot be read; the journal is damaged.</source>
        <translation>Journalzeile %1 kann nicht gelesen werden; das Journal ist beschädigt.</translation>
    </message>
    <message>
        <source>journal line %1 has an unknown type &apos;%2&apos;.</source>
        <translation>Journalzeile %1 hat einen unbekannten Typ „%2“.</translation>
    </message>
    <message>
        <source>journal line %1 has an unknown status &apos;%2&apos;.</source>
        <translation>Journalzeile %1 hat einen unbekannten Status „%2“.</translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkPlan</name>
    <message>
        <source>the file is empty; the first line must be the header user_id,org_id or email,org_id.</source>
        <translation>Die Datei ist leer; die erste Zeile muss die Kopfzeile user_id,org_id oder email,org_id sein.</translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;; it must be user_id,org_id or email,org_id.</source>
        <translation>Die Kopfzeile ist „%1“; sie muss user_id,org_id oder email,org_id lauten.</translation>
    </message>
    <message>
        <source>expected 2 fields (%1,org_id), found %2.</source>
        <translation>2 Felder (%1,org_id) erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>empty %1.</source>
        <translation>leeres %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>no user has the e-mail %1</source>
        <translation>kein Benutzer hat die E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>%1 users have the e-mail %2 (%3); use user_id instead</source>
        <translation>%1 Benutzer haben die E-Mail-Adresse %2 (%3); verwenden Sie stattdessen user_id</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>unbekannter Benutzer %1</translation>
    </message>
    <message>
        <source>unknown organization %1</source>
        <translation>unbekannte Organisation %1</translation>
    </message>
    <message>
        <source>duplicate user %1 (already on line %2)</source>
        <translation>doppelter Benutzer %1 (bereits in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so the organization could not be used on tokens; add the membership first or pass --allow-non-member</source>
        <translation>%1 ist kein Mitglied von %2, daher könnte die Organisation nicht in Tokens verwendet werden; fügen Sie zuerst die Mitgliedschaft hinzu oder übergeben Sie --allow-non-member</translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkRunner</name>
    <message>
        <source>done in an earlier run</source>
        <translation>in einem früheren Lauf erledigt</translation>
    </message>
    <message>
        <source>applied by the interrupted run</source>
        <translation>vom unterbrochenen Lauf angewendet</translation>
    </message>
    <message>
        <source>already %1</source>
        <translation>bereits %1</translation>
    </message>
    <message>
        <source>the API answered but default_org_id reads &apos;%1&apos;</source>
        <translation>Die API hat geantwortet, aber default_org_id lautet „%1“</translation>
    </message>
    <message>
        <source>not started: the run stopped (%1)</source>
        <translation>nicht begonnen: Der Lauf wurde angehalten (%1)</translation>
    </message>
    <message>
        <source>applied, but its audit entry could not be written (%1): undo it by hand, the value before was %2</source>
        <translation>angewendet, aber der Audit-Eintrag konnte nicht geschrieben werden (%1): Machen Sie die Änderung von Hand rückgängig, der vorherige Wert war %2</translation>
    </message>
</context>
<context>
    <name>orglens::management::CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and write a quote as &quot;&quot;.</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen als &quot;&quot;.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; put a &apos;,&apos; there or move the text inside the quotes.</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds; setzen Sie dort ein „,“ oder verschieben Sie den Text in die Anführungszeichen.</translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed; add the closing quote.</source>
        <translation>Das hier beginnende Feld in Anführungszeichen wird nie geschlossen; fügen Sie das schließende Anführungszeichen hinzu.</translation>
    </message>
</context>
<context>
    <name>orglens::management::DefaultOrgEditor</name>
    <message>
        <source>no user has the e-mail %1.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>%1 users have the e-mail %2; give the user_id instead.</source>
        <translation>%1 Benutzer haben die E-Mail-Adresse %2; geben Sie stattdessen die user_id an.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 (%3): a token exchanged for this user could not carry that organization. Add the membership first, or pass --allow-non-member.</source>
        <translation>%1 ist kein Mitglied von %2 (%3): Ein für diesen Benutzer ausgetauschtes Token könnte diese Organisation nicht enthalten. Fügen Sie zuerst die Mitgliedschaft hinzu oder übergeben Sie --allow-non-member.</translation>
    </message>
    <message>
        <source>the change was sent but default_org_id now reads %1 instead of %2.</source>
        <translation>Die Änderung wurde gesendet, aber default_org_id lautet jetzt %1 statt %2.</translation>
    </message>
    <message>
        <source>audit entry %1 changed the tenant %2, not %3: use the profile of that tenant.</source>
        <translation>Audit-Eintrag %1 hat den Tenant %2 geändert, nicht %3: Verwenden Sie das Profil dieses Tenants.</translation>
    </message>
    <message>
        <source>default_org_id of %1 is now %2, not %3 as audit entry %4 left it: it was changed since. Undo anyway with --force.</source>
        <translation>default_org_id von %1 ist jetzt %2, nicht %3, wie Audit-Eintrag %4 es hinterlassen hat: Der Wert wurde seitdem geändert. Mit --force trotzdem rückgängig machen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>orglens::management::ManagementClient</name>
    <message>
        <source>could not get a Management API token for client %1: %2</source>
        <translation>Für den Client %1 konnte kein Management-API-Token geholt werden: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the API answered with invalid JSON: %1</source>
        <translation>Die API hat mit ungültigem JSON geantwortet: %1</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts in %3 s)</source>
        <translation>%1 (aufgegeben nach %2 Versuchen in %3 s)</translation>
    </message>
    <message>
        <source>reading the list %1 stopped: %2. The server&apos;s paging does not end as Auth0&apos;s does; nothing was changed.</source>
        <translation>Das Lesen der Liste %1 wurde abgebrochen: %2. Die Seitenaufteilung des Servers endet nicht wie die von Auth0; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>page %1 repeats the previous page</source>
        <translation>Seite %1 wiederholt die vorherige Seite</translation>
    </message>
    <message>
        <source>the list is longer than %1 pages</source>
        <translation>die Liste ist länger als %1 Seiten</translation>
    </message>
    <message>
        <source>the API sent the cursor &quot;%1&quot; a second time</source>
        <translation>die API hat den Cursor „%1“ ein zweites Mal gesendet</translation>
    </message>
    <message>
        <source>could not get a Management API token: %1</source>
        <translation>Es konnte kein Management-API-Token abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>orglens::management::UserTableModel</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Default organization</source>
        <translation>Standardorganisation</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::DeviceFlow</name>
    <message>
        <source>The device code expired before the user confirmed it.</source>
        <translation>Der Device-Code ist abgelaufen, bevor der Benutzer ihn bestätigt hat.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::Flow</name>
    <message>
        <source>Device authorization</source>
        <translation>Device Authorization</translation>
    </message>
    <message>
        <source>Device Authorization flow</source>
        <translation>Device-Authorization-Flow</translation>
    </message>
    <message>
        <source>Authorization code + PKCE</source>
        <translation>Authorization Code + PKCE</translation>
    </message>
    <message>
        <source>authorization code flow with PKCE</source>
        <translation>Authorization-Code-Flow mit PKCE</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <source>client credentials grant</source>
        <translation>Client-Credentials-Grant</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>refresh token grant</source>
        <translation>Refresh-Token-Grant</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <source>Custom Token Exchange</source>
        <translation>Custom Token Exchange</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Resource Owner Password grant</source>
        <translation>Resource-Owner-Password-Grant</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>pasted token</source>
        <translation>eingefügtes Token</translation>
    </message>
    <message>
        <source>Auth0 ignores the organization in the Device Authorization flow: its tokens never carry org_id. Log in with authorization code + PKCE, or exchange the token with an organization (Custom Token Exchange).</source>
        <translation>Auth0 ignoriert die Organisation im Device-Authorization-Flow: Seine Tokens enthalten nie org_id. Melden Sie sich mit Authorization Code + PKCE an oder tauschen Sie das Token mit einer Organisation (Custom Token Exchange).</translation>
    </message>
    <message>
        <source>Auth0 ignores the organization in the Resource Owner Password grant: its tokens never carry org_id.</source>
        <translation>Auth0 ignoriert die Organisation im Resource-Owner-Password-Grant: Seine Tokens enthalten nie org_id.</translation>
    </message>
    <message>
        <source>A refreshed token keeps the organization of the login that issued the refresh token.</source>
        <translation>Ein erneuertes Token behält die Organisation der Anmeldung, die das Refresh-Token ausgestellt hat.</translation>
    </message>
    <message>
        <source>A pasted token was obtained elsewhere.</source>
        <translation>Ein eingefügtes Token wurde anderswo bezogen.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::OAuthClient</name>
    <message>
        <source>Could not fetch the discovery document of %1: %2</source>
        <translation>Das Discovery-Dokument von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted by this system, and OrgLens never ignores certificate errors. Check the domain; behind a TLS-inspecting proxy, install its CA certificate in the system store.</source>
        <translation>Das TLS-Zertifikat des Servers wird von diesem System nicht als vertrauenswürdig eingestuft, und OrgLens ignoriert Zertifikatsfehler nie. Prüfen Sie die Domain; hinter einem TLS-prüfenden Proxy installieren Sie dessen CA-Zertifikat im Zertifikatsspeicher des Systems.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::OAuthError</name>
    <message>
        <source>Hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message>
        <source>the grant type is not enabled for this application (Applications &gt; Advanced Settings &gt; Grant Types), or the application may not use this flow.</source>
        <translation>Der Grant-Typ ist für diese Anwendung nicht aktiviert (Applications &gt; Advanced Settings &gt; Grant Types), oder die Anwendung darf diesen Flow nicht verwenden.</translation>
    </message>
    <message>
        <source>the user is not a member of the organization, or the application&apos;s organization settings refuse it.</source>
        <translation>Der Benutzer ist kein Mitglied der Organisation, oder die Organisationseinstellungen der Anwendung lassen es nicht zu.</translation>
    </message>
    <message>
        <source>the user declined, or a rule/Action denied access; for client credentials the application may have no grant for this audience.</source>
        <translation>Der Benutzer hat abgelehnt, oder eine Rule/Action hat den Zugriff verweigert; bei Client Credentials hat die Anwendung vielleicht keinen Grant für diese Audience.</translation>
    </message>
    <message>
        <source>the code, device code or refresh token is expired, already used, revoked (rotation reuses are refused) or was issued to another application.</source>
        <translation>Der Code, Device-Code oder das Refresh-Token ist abgelaufen, bereits verwendet, widerrufen (Wiederverwendungen nach Rotation werden abgelehnt) oder wurde für eine andere Anwendung ausgestellt.</translation>
    </message>
    <message>
        <source>wrong client id or client secret, or the token endpoint authentication method does not match the application&apos;s setting.</source>
        <translation>Falsche Client-ID oder falsches Client-Secret, oder die Authentifizierungsmethode am Token-Endpunkt passt nicht zur Einstellung der Anwendung.</translation>
    </message>
    <message>
        <source>polling faster than the interval: wait 5 seconds more between polls.</source>
        <translation>Abfragen schneller als das Intervall: Warten Sie zwischen den Abfragen 5 Sekunden länger.</translation>
    </message>
    <message>
        <source>the device code expired before the user confirmed it: start the login again.</source>
        <translation>Der Device-Code ist abgelaufen, bevor der Benutzer ihn bestätigt hat: Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>the user has not confirmed the code yet.</source>
        <translation>Der Benutzer hat den Code noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>a requested scope is not defined on the API or not granted to this application.</source>
        <translation>Ein angeforderter Scope ist in der API nicht definiert oder dieser Anwendung nicht gewährt.</translation>
    </message>
    <message>
        <source>check the organization parameter against the application&apos;s Organizations settings (Type of Users, Login Flow) and the tenant setting for organization names.</source>
        <translation>Prüfen Sie den Parameter organization anhand der Organisationseinstellungen der Anwendung (Type of Users, Login Flow) und der Tenant-Einstellung für Organisationsnamen.</translation>
    </message>
    <message>
        <source>a parameter is missing or malformed; the description names it.</source>
        <translation>Ein Parameter fehlt oder ist fehlerhaft; die Beschreibung nennt ihn.</translation>
    </message>
    <message>
        <source>the callback does not belong to this login (another tab or an old link): start again.</source>
        <translation>Der Callback gehört nicht zu dieser Anmeldung (ein anderer Tab oder ein alter Link): Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>the callback came from another tenant than the profile&apos;s issuer.</source>
        <translation>Der Callback kam von einem anderen Tenant als dem Issuer des Profils.</translation>
    </message>
    <message>
        <source>rate limited: wait before trying again.</source>
        <translation>Rate Limit erreicht: Warten Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an OAuth error object: %2</source>
        <translation>Der Server antwortete mit HTTP %1 ohne OAuth-Fehlerobjekt: %2</translation>
    </message>
    <message>
        <source>The token response has no access_token: %1</source>
        <translation>Die Token-Antwort enthält kein access_token: %1</translation>
    </message>
    <message>
        <source>keys %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>Der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The device authorization response lacks %1.</source>
        <translation>Der Antwort der Device Authorization fehlt %1.</translation>
    </message>
    <message>
        <source>%1.well-known/openid-configuration answered HTTP %2: is the issuer right?</source>
        <translation>%1.well-known/openid-configuration antwortete mit HTTP %2: Stimmt der Issuer?</translation>
    </message>
    <message>
        <source>The discovery document is not a JSON object: %1</source>
        <translation>Das Discovery-Dokument ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The discovery document names the issuer &apos;%1&apos;, not &apos;%2&apos;: check the domain (custom domains have their own issuer).</source>
        <translation>Das Discovery-Dokument nennt den Issuer „%1“, nicht „%2“: Prüfen Sie die Domain (Custom Domains haben einen eigenen Issuer).</translation>
    </message>
    <message>
        <source>The discovery document has no token_endpoint.</source>
        <translation>Das Discovery-Dokument hat keinen token_endpoint.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::PastedTokens</name>
    <message>
        <source>The pasted JSON has no access_token or id_token (keys: %1). Paste a token endpoint&apos;s response, a token or an Authorization header.</source>
        <translation>Das eingefügte JSON enthält weder access_token noch id_token (Schlüssel: %1). Fügen Sie die Antwort eines Token-Endpunkts, ein Token oder einen Authorization-Header ein.</translation>
    </message>
    <message>
        <source>The pasted token response holds no JWT: the access token is opaque (audience missing or the /userinfo audience) and there is no ID token. Request an API audience to get a JWT access token.</source>
        <translation>Die eingefügte Token-Antwort enthält kein JWT: Das Access-Token ist opak (Audience fehlt oder ist die /userinfo-Audience) und es gibt kein ID-Token. Fordern Sie eine API-Audience an, um ein JWT-Access-Token zu erhalten.</translation>
    </message>
    <message>
        <source>The pasted text starts like JSON but does not parse: %1 at offset %2.</source>
        <translation>Der eingefügte Text beginnt wie JSON, lässt sich aber nicht parsen: %1 an Offset %2.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Bearer line</source>
        <translation>Bearer-Zeile</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Token-Antwort</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::PkceFlow</name>
    <message>
        <source>No login came back to %1 within %2 s.</source>
        <translation>Innerhalb von %2 s kam keine Anmeldung an %1 zurück.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the login callback: %2. Choose another port (or 0 for any free port).</source>
        <translation>Auf 127.0.0.1:%1 kann nicht für den Anmelde-Callback gelauscht werden: %2. Wählen Sie einen anderen Port (oder 0 für einen beliebigen freien Port).</translation>
    </message>
    <message>
        <source>Login already handled</source>
        <translation>Anmeldung bereits verarbeitet</translation>
    </message>
    <message>
        <source>This login has already been handled. You can close this tab.</source>
        <translation>Diese Anmeldung wurde bereits verarbeitet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The callback names the issuer &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>Der Callback nennt den Issuer „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>The callback has neither a code nor an error.</source>
        <translation>Der Callback enthält weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <source>Login complete</source>
        <translation>Anmeldung abgeschlossen</translation>
    </message>
    <message>
        <source>OrgLens received the login. You can close this tab.</source>
        <translation>OrgLens hat die Anmeldung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce does not match this login: the token was not issued for it.</source>
        <translation>Die Nonce des ID-Tokens passt nicht zu dieser Anmeldung: Das Token wurde nicht für sie ausgestellt.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>Nicht diese Anmeldung</translation>
    </message>
    <message>
        <source>This request does not carry the state of the login OrgLens is waiting for, so it was ignored. Finish the login in the browser window OrgLens opened.</source>
        <translation>Diese Anfrage trägt nicht den state der Anmeldung, auf die OrgLens wartet, und wurde daher ignoriert. Schließen Sie die Anmeldung in dem Browserfenster ab, das OrgLens geöffnet hat.</translation>
    </message>
    <message>
        <source>The callback has no &apos;iss&apos; parameter, although %1 says it always sends one (RFC 9207): the response may come from another server.</source>
        <translation>Der Callback hat keinen Parameter „iss“, obwohl %1 angibt, immer einen zu senden (RFC 9207): Die Antwort könnte von einem anderen Server stammen.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::SessionHistoryModel</name>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>badge of an ID token</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Access</source>
        <comment>badge of an access token</comment>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::TokenOperation</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>orglens::profiles::Profile</name>
    <message>
        <source>The issuer is empty: give an Auth0 domain (acme.eu.auth0.com) or an issuer URL (https://acme.eu.auth0.com/).</source>
        <translation>Der Issuer ist leer: Geben Sie eine Auth0-Domain (acme.eu.auth0.com) oder eine Issuer-URL (https://acme.eu.auth0.com/) an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain or issuer URL: %2</source>
        <translation>„%1“ ist keine gültige Domain oder Issuer-URL: %2</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>sie hat keinen Host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses http://, which is accepted only for loopback hosts (127.0.0.1, ::1, localhost) such as the demo tenant. Use https://%2/ instead.</source>
        <translation>„%1“ verwendet http://, was nur für Loopback-Hosts (127.0.0.1, ::1, localhost) wie den Demo-Tenant akzeptiert wird. Verwenden Sie stattdessen https://%2/.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the scheme &apos;%2&apos;: an issuer must be an https:// URL.</source>
        <translation>„%1“ hat das Schema „%2“: Ein Issuer muss eine https://-URL sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not contain user info, a query or a fragment: an issuer is https://&lt;domain&gt;/.</source>
        <translation>„%1“ darf keine Benutzerangaben, keine Query und kein Fragment enthalten: Ein Issuer ist https://&lt;Domain&gt;/.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Profilname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
</context>
<context>
    <name>orglens::profiles::ProfileDirectory</name>
    <message>
        <source>There is no session profile &apos;%1&apos; any more: choose another profile.</source>
        <translation>Es gibt kein Sitzungsprofil „%1“ mehr: Wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>No profile selected: create one in Profiles first.</source>
        <translation>Kein Profil ausgewählt: Legen Sie zuerst eines unter Profile an.</translation>
    </message>
    <message>
        <source>M2M client secret</source>
        <translation>M2M-Client-Secret</translation>
    </message>
    <message>
        <source>exchange client secret</source>
        <translation>Client-Secret des Tokenaustauschs</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>The %1 of &apos;%2&apos; could not be read: %3</source>
        <translation>Das %1 von „%2“ konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>No %1 is stored for profile &apos;%2&apos;: enter it in Profiles and Save.</source>
        <translation>Für das Profil „%2“ ist kein %1 gespeichert: Geben Sie es unter Profile ein und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>orglens::profiles::ProfileStore</name>
    <message>
        <source>There is no profile &apos;%1&apos; (known: %2). Create it with &apos;profile add&apos;.</source>
        <translation>Es gibt kein Profil „%1“ (bekannt: %2). Legen Sie es mit „profile add“ an.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; in %2 is invalid: %3</source>
        <translation>Das Profil „%1“ in %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>A saved profile needs a name.</source>
        <translation>Ein gespeichertes Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Could not write the profile to %1: check that the file is writable.</source>
        <translation>Das Profil konnte nicht nach %1 geschrieben werden: Prüfen Sie, ob die Datei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>orglens::repair::RepairPlan</name>
    <message>
        <source>Grant %1 to the Management API application (client %2): the repair writes nothing without it.</source>
        <translation>Gewähren Sie der Management-API-Anwendung (Client %2) %1: Ohne dies schreibt die Reparatur nichts.</translation>
    </message>
    <message>
        <source>Deploy OrgLens&apos;s Post-Login Action</source>
        <translation>Die Post-Login-Action von OrgLens bereitstellen</translation>
    </message>
    <message>
        <source>Deploy OrgLens&apos;s Custom Token Exchange Action</source>
        <translation>Die Custom-Token-Exchange-Action von OrgLens bereitstellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is deployed with the generated code: nothing to do.</source>
        <translation>&quot;%1&quot; Version %2 ist mit dem generierten Code bereitgestellt: nichts zu tun.</translation>
    </message>
    <message>
        <source>The repair deploys the token exchange too: the profile needs the exchange application (--exchange-client-id) and the subject_token_type (--subject-token-type).</source>
        <translation>Die Reparatur stellt auch den Token-Austausch bereit: Das Profil braucht die Austauschanwendung (--exchange-client-id) und den subject_token_type (--subject-token-type).</translation>
    </message>
    <message>
        <source>Cannot plan the repair: grant %1 to the Management API application.</source>
        <translation>Die Reparatur kann nicht geplant werden: Gewähren Sie der Management-API-Anwendung %1.</translation>
    </message>
    <message>
        <source>Cannot plan the repair: %1</source>
        <translation>Die Reparatur kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (version %2) sets an org claim too. While it stays bound it runs next to OrgLens&apos;s Action, and the doctor checks it first.</source>
        <translation>&quot;%1&quot; (Version %2) setzt ebenfalls einen Org-Claim. Solange sie gebunden bleibt, läuft sie neben der Action von OrgLens, und der Doctor prüft sie zuerst.</translation>
    </message>
    <message>
        <source>No Action named or with the id &quot;%1&quot; is bound to post-login.</source>
        <translation>Keine Action mit dem Namen oder der ID &quot;%1&quot; ist an post-login gebunden.</translation>
    </message>
    <message>
        <source>Point the token exchange profile at OrgLens&apos;s Action</source>
        <translation>Das Token-Exchange-Profil auf die Action von OrgLens richten</translation>
    </message>
    <message>
        <source>The profile for %1 runs OrgLens&apos;s Action: nothing to do.</source>
        <translation>Das Profil für %1 führt die Action von OrgLens aus: nichts zu tun.</translation>
    </message>
    <message>
        <source>Create a token exchange profile for %1 that runs OrgLens&apos;s Action.</source>
        <translation>Ein Token-Exchange-Profil für %1 erstellen, das die Action von OrgLens ausführt.</translation>
    </message>
    <message>
        <source>Replace the profile &quot;%1&quot; for %2, which runs &quot;%3&quot;, with one that runs OrgLens&apos;s Action (Auth0 cannot change a profile&apos;s Action; undo recreates the profile).</source>
        <translation>Das Profil &quot;%1&quot; für %2, das &quot;%3&quot; ausführt, durch eines ersetzen, das die Action von OrgLens ausführt (Auth0 kann die Action eines Profils nicht ändern; Rückgängig erstellt das Profil neu).</translation>
    </message>
    <message>
        <source>Let the exchange application use custom_authentication profiles</source>
        <translation>Der Austauschanwendung custom_authentication-Profile erlauben</translation>
    </message>
    <message>
        <source>%1 may already use custom_authentication profiles: nothing to do.</source>
        <translation>%1 darf bereits custom_authentication-Profile verwenden: nichts zu tun.</translation>
    </message>
    <message>
        <source>Add custom_authentication to token_exchange.allow_any_profile_of_type of %1.</source>
        <translation>custom_authentication zu token_exchange.allow_any_profile_of_type von %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Set the user&apos;s default organization</source>
        <translation>Die Standardorganisation des Benutzers setzen</translation>
    </message>
    <message>
        <source>%1&apos;s default_org_id is %2: not changed.</source>
        <translation>default_org_id von %1 ist %2: nicht geändert.</translation>
    </message>
    <message>
        <source>%1 has no default_org_id: the Post-Login Action adds no claim for them. Ask the repair to set it.</source>
        <translation>%1 hat keine default_org_id: Die Post-Login-Action fügt keinen Claim hinzu. Lassen Sie sie von der Reparatur setzen.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 organizations: say which one becomes the default.</source>
        <translation>%1 gehört zu %2 Organisationen: Geben Sie an, welche die Standardorganisation wird.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: add the membership first, or choose one of: %3.</source>
        <translation>%1 ist kein Mitglied von %2: Fügen Sie zuerst die Mitgliedschaft hinzu oder wählen Sie eine von: %3.</translation>
    </message>
    <message>
        <source>%1&apos;s default_org_id is %2: nothing to do.</source>
        <translation>default_org_id von %1 ist %2: nichts zu tun.</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1: %2 → %3 (only this key).</source>
        <translation>app_metadata.default_org_id von %1: %2 → %3 (nur dieser Schlüssel).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2</source>
        <translation>&quot;%1&quot; Version %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, never deployed</source>
        <translation>&quot;%1&quot;, nie bereitgestellt</translation>
    </message>
    <message>
        <source>no binding</source>
        <translation>keine Bindung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs Action %2</source>
        <translation>&quot;%1&quot; führt Action %2 aus</translation>
    </message>
    <message>
        <source>Bind the Post-Login Action</source>
        <translation>Die Post-Login-Action binden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to post-login: nothing to do.</source>
        <translation>&quot;%1&quot; ist an post-login gebunden: nichts zu tun.</translation>
    </message>
    <message>
        <source>Post-login bindings %1 → %2 (the whole list is written back; every other binding keeps its order).</source>
        <translation>Post-Login-Bindungen %1 → %2 (die ganze Liste wird zurückgeschrieben; jede andere Bindung behält ihre Reihenfolge).</translation>
    </message>
    <message>
        <source>Cannot check %1&apos;s organizations before setting the default: %2.</source>
        <translation>Die Organisationen von %1 können vor dem Setzen der Standardorganisation nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;, wait until Auth0 has built it, and deploy it.</source>
        <translation>&quot;%1&quot; erstellen, warten, bis Auth0 sie gebaut hat, und bereitstellen.</translation>
    </message>
    <message>
        <source>Update &quot;%1&quot; (version %2, created by OrgLens earlier) to the generated code, wait until Auth0 has built it, and deploy it; undo rolls back to version %2.</source>
        <translation>&quot;%1&quot; (Version %2, früher von OrgLens erstellt) auf den generierten Code aktualisieren, warten, bis Auth0 sie gebaut hat, und bereitstellen; Rückgängig kehrt zu Version %2 zurück.</translation>
    </message>
</context>
<context>
    <name>orglens::repair::RepairRunner</name>
    <message>
        <source>Nothing to do: every step is already in the right state.</source>
        <translation>Nichts zu tun: Jeder Schritt ist bereits im richtigen Zustand.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not a repair.</source>
        <translation>Audit-Eintrag %1 ist keine Reparatur.</translation>
    </message>
    <message>
        <source>Repair %1 wrote nothing: there is nothing to undo.</source>
        <translation>Reparatur %1 hat nichts geschrieben: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Grant %1 to the Management API application: the undo writes nothing without it.</source>
        <translation>Gewähren Sie der Management-API-Anwendung %1: Ohne dies schreibt das Rückgängigmachen nichts.</translation>
    </message>
    <message>
        <source>The tenant changed since the repair; nothing was undone (force to undo anyway):</source>
        <translation>Der Tenant hat sich seit der Reparatur geändert; nichts wurde rückgängig gemacht (mit force trotzdem rückgängig machen):</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the repair left %2, now %3</source>
        <translation>%1: die Reparatur hinterließ %2, jetzt %3</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n step(s) restored.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Schritt wiederhergestellt.</numerusform>
            <numerusform>Rückgängig gemacht: %n Schritte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired: %n step(s) applied.</source>
        <translation>
            <numerusform>Repariert: %n Schritt angewendet.</numerusform>
            <numerusform>Repariert: %n Schritte angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1 before writing it: %2</source>
        <translation>%1 kann vor dem Schreiben nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since the plan (planned on %2, now %3): stopped before writing it. Plan again.</source>
        <translation>%1 hat sich seit dem Plan geändert (geplant auf %2, jetzt %3): vor dem Schreiben angehalten. Planen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 was written but could not be read back: %2</source>
        <translation>%1 wurde geschrieben, konnte aber nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>Stopped: the audit log cannot be written (%1).</source>
        <translation>Angehalten: Das Audit-Protokoll kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>What was written is in audit entry %1; &apos;orglens-cli audit undo %1&apos; reverts it.</source>
        <translation>Was geschrieben wurde, steht in Audit-Eintrag %1; &apos;orglens-cli audit undo %1&apos; macht es rückgängig.</translation>
    </message>
    <message>
        <source>(audit entry %1)</source>
        <translation>(Audit-Eintrag %1)</translation>
    </message>
    <message>
        <source>Cannot read the Action&apos;s build state: %1</source>
        <translation>Der Build-Status der Action kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Action &quot;%1&quot; was not built (status %2): it cannot be deployed.</source>
        <translation>Die Action &quot;%1&quot; wurde nicht gebaut (Status %2): Sie kann nicht bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AboutDialog</name>
    <message>
        <source>OrgLens</source>
        <translation>OrgLens</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Git-Revision</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>About OrgLens</source>
        <translation>Über OrgLens</translation>
    </message>
    <message>
        <source>Inspect Auth0 tokens and tenants.</source>
        <translation>Auth0-Tokens und Tenants untersuchen.</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ActivityIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop what is running (Esc)</source>
        <translation>Laufenden Vorgang abbrechen (Esc)</translation>
    </message>
    <message>
        <source>A change is being written; it cannot be cancelled half-way.</source>
        <translation>Eine Änderung wird geschrieben; sie kann nicht mittendrin abgebrochen werden.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AuditTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>undo of %1</source>
        <translation>Rückgängigmachen von %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>bulk change</source>
        <translation>Massenänderung</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängigmachen</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>stopped while applying</source>
        <translation>beim Anwenden abgebrochen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>repair: %n step(s)</source>
        <translation>
            <numerusform>Reparatur: %n Schritt</numerusform>
            <numerusform>Reparatur: %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undo of a repair: %n step(s)</source>
        <translation>
            <numerusform>Rückgängigmachen einer Reparatur: %n Schritt</numerusform>
            <numerusform>Rückgängigmachen einer Reparatur: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AuditView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig…</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit-Log-Einträge</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Audit-Log erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Restore the value the selected change replaced</source>
        <translation>Den Wert wiederherstellen, den die ausgewählte Änderung ersetzt hat</translation>
    </message>
    <message>
        <source>No changes recorded yet. Every default_org_id change made in the Users or Bulk view or with orglens-cli is listed here (%1).</source>
        <translation>Noch keine Änderungen erfasst. Jede Änderung von default_org_id in der Ansicht „Benutzer“ oder „Massenvorgänge“ oder mit orglens-cli wird hier aufgeführt (%1).</translation>
    </message>
    <message>
        <source>Entry %1 changed the tenant %2; the profile in use is for %3. Choose a profile of that tenant to undo it.</source>
        <translation>Eintrag %1 hat den Tenant %2 geändert; das verwendete Profil gehört zu %3. Wählen Sie ein Profil dieses Tenants, um ihn rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>%1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undone and verified: %1 is %2 again (audit entry %3).</source>
        <translation>Rückgängig gemacht und überprüft: %1 ist wieder %2 (Audit-Eintrag %3).</translation>
    </message>
    <message>
        <source>default_org_id of %1 no longer reads %2: it was changed after entry %3.</source>
        <translation>default_org_id von %1 lautet nicht mehr %2: Der Wert wurde nach Eintrag %3 geändert.</translation>
    </message>
    <message>
        <source>%1

Undo anyway? This overwrites the current value with %2.</source>
        <translation>%1

Trotzdem rückgängig machen? Dadurch wird der aktuelle Wert mit %2 überschrieben.</translation>
    </message>
    <message>
        <source>Undoing audit entry %1…</source>
        <translation>Audit-Eintrag %1 wird rückgängig gemacht…</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the audit log were skipped; the other entries are listed. %1</source>
        <translation>
            <numerusform>%n beschädigte Zeile des Audit-Logs wurde übersprungen; die übrigen Einträge werden aufgeführt. %1</numerusform>
            <numerusform>%n beschädigte Zeilen des Audit-Logs wurden übersprungen; die übrigen Einträge werden aufgeführt. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the default organization change of %1</source>
        <translation>Änderung der Standardorganisation von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1 goes back from %2 to %3. The undo is itself recorded in the audit log (as the undo of entry %4).</source>
        <translation>app_metadata.default_org_id von %1 wird von %2 auf %3 zurückgesetzt. Das Rückgängigmachen wird selbst im Audit-Log festgehalten (als Rückgängigmachen von Eintrag %4).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Undo anyway: overwrite the default organization of %1</source>
        <translation>Trotzdem rückgängig machen: Standardorganisation von %1 überschreiben</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Undo the repair %1</source>
        <translation>Reparatur %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Its steps are undone, last first:
%1

Actions OrgLens created are deleted, the others rolled back; the bindings, the exchange profile, the application&apos;s setting and the default organization are restored. The undo is itself recorded in the audit log.</source>
        <translation>Ihre Schritte werden rückgängig gemacht, der letzte zuerst:
%1

Von OrgLens angelegte Actions werden gelöscht, die anderen auf ihre vorige Version zurückgesetzt; die Bindungen, das Exchange-Profil, die Einstellung der Anwendung und die Standardorganisation werden wiederhergestellt. Das Rückgängigmachen wird selbst im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <source>Undoing the repair %1…</source>
        <translation>Reparatur %1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undo anyway: overwrite what changed since the repair %1</source>
        <translation>Trotzdem rückgängig machen: überschreiben, was sich seit der Reparatur %1 geändert hat</translation>
    </message>
    <message>
        <source>%1

Undo anyway? This overwrites the tenant&apos;s current settings with those the repair replaced.</source>
        <translation>%1

Trotzdem rückgängig machen? Das überschreibt die aktuellen Einstellungen des Tenants mit denen, die die Reparatur ersetzt hat.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::BulkResultModel</name>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>Already set (skip)</source>
        <translation>Bereits gesetzt (übersprungen)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Applied, not audited</source>
        <translation>Angewendet, nicht protokolliert</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::BulkView</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Allow organizations the user is &amp;not a member of</source>
        <translation>Organisationen zulassen, in denen der Benutzer &amp;kein Mitglied ist</translation>
    </message>
    <message>
        <source>&amp;Validate (dry run)</source>
        <translation>&amp;Prüfen (Testlauf)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A CSV file with the header user_id,org_id or email,org_id</source>
        <translation>Eine CSV-Datei mit der Kopfzeile user_id,org_id oder email,org_id</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>A default organization the user is not a member of cannot appear on the user&apos;s tokens; leave this off unless you add the memberships later.</source>
        <translation>Eine Standardorganisation, in der der Benutzer kein Mitglied ist, kann nicht in seinen Tokens erscheinen; lassen Sie dies deaktiviert, es sei denn, Sie fügen die Mitgliedschaften später hinzu.</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>PATCH requests in flight at once; the client stays under the tenant&apos;s rate limit either way.</source>
        <translation>Gleichzeitig laufende PATCH-Anfragen; der Client bleibt in jedem Fall unter dem Rate-Limit des Tenants.</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Validation report and results</source>
        <translation>Prüfbericht und Ergebnisse</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Choose a CSV file with the header user_id,org_id or email,org_id (organizations by id or name). It is checked completely before anything changes.</source>
        <translation>Wählen Sie eine CSV-Datei mit der Kopfzeile user_id,org_id oder email,org_id (Organisationen per ID oder Name). Sie wird vollständig geprüft, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <source>A bulk change needs a profile that can use the Management API (see above).</source>
        <translation>Eine Massenänderung erfordert ein Profil, das die Management API nutzen kann (siehe oben).</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>Bulk CSV file</source>
        <translation>CSV-Datei für Massenänderung</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid CSV: %2. Nothing was changed.</source>
        <translation>%1 ist keine gültige CSV-Datei: %2. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Validating %n row(s) against the tenant…</source>
        <translation>
            <numerusform>%n Zeile(n) werden gegen den Tenant geprüft…</numerusform>
            <numerusform>%n Zeile(n) werden gegen den Tenant geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not valid; nothing will be changed. Correct them in the file and validate again.</source>
        <translation>
            <numerusform>%n Zeile(n) sind ungültig; es wird nichts geändert. Korrigieren Sie sie in der Datei und prüfen Sie erneut.</numerusform>
            <numerusform>%n Zeile(n) sind ungültig; es wird nichts geändert. Korrigieren Sie sie in der Datei und prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 of %n row(s) would change; nothing has been changed yet.%2</source>
        <translation>
            <numerusform>Testlauf: %1 von %n Zeile(n) würden sich ändern; bisher wurde nichts geändert.%2</numerusform>
            <numerusform>Testlauf: %1 von %n Zeile(n) würden sich ändern; bisher wurde nichts geändert.%2</numerusform>
        </translation>
    </message>
    <message>
        <source> An earlier run of this file was interrupted: Resume continues it (rows already done are not sent again).</source>
        <translation> Ein früherer Lauf dieser Datei wurde unterbrochen: „Fortsetzen“ setzt ihn fort (bereits erledigte Zeilen werden nicht erneut gesendet).</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Cancelling: no new row is started; waiting for the requests in flight…</source>
        <translation>Wird abgebrochen: Es wird keine neue Zeile begonnen; es wird auf laufende Anfragen gewartet…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 / %2 rows · %3 rows/s · ETA %4</source>
        <translation>%1 / %2 Zeilen · %3 Zeilen/s · Restzeit %4</translation>
    </message>
    <message>
        <source>%1 / %2 rows in %3 s</source>
        <translation>%1 / %2 Zeilen in %3 s</translation>
    </message>
    <message>
        <source>Applied %1, skipped %2, failed %3.</source>
        <translation>%1 angewendet, %2 übersprungen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The run stopped: %1 %2 The journal %3 keeps its state: Resume continues it.</source>
        <translation>Der Lauf wurde angehalten: %1 %2 Das Journal %3 bewahrt seinen Zustand: „Fortsetzen“ setzt ihn fort.</translation>
    </message>
    <message>
        <source>Cancelled. %1 %2 row(s) were not started; the journal %3 keeps the state: Resume continues with them.</source>
        <translation>Abgebrochen. %1 %2 Zeile(n) wurden nicht begonnen; das Journal %3 bewahrt den Zustand: „Fortsetzen“ macht mit ihnen weiter.</translation>
    </message>
    <message>
        <source> The failed rows are listed with their reason; Resume retries them.</source>
        <translation> Die fehlgeschlagenen Zeilen werden mit Grund aufgeführt; „Fortsetzen“ versucht sie erneut.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile(n) nach %1 exportiert.</numerusform>
            <numerusform>%n Zeile(n) nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Applying the bulk plan (%n row(s))…</source>
        <translation>
            <numerusform>Massenplan wird angewendet (%n Zeile)…</numerusform>
            <numerusform>Massenplan wird angewendet (%n Zeilen)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the bulk plan: %1 of %2 rows…</source>
        <translation>Massenplan wird angewendet: %1 von %2 Zeilen…</translation>
    </message>
    <message>
        <source>Applied %1, skipped %2, failed %3, not started %4.</source>
        <translation>Angewendet %1, übersprungen %2, fehlgeschlagen %3, nicht begonnen %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have no audit entry (see their detail); Resume writes the entries once the audit log can be written.</source>
        <translation>
            <numerusform>%n Änderung hat keinen Audit-Eintrag (siehe ihr Detail); Fortsetzen schreibt den Eintrag, sobald das Audit-Log wieder geschrieben werden kann.</numerusform>
            <numerusform>%n Änderungen haben keinen Audit-Eintrag (siehe ihr Detail); Fortsetzen schreibt die Einträge, sobald das Audit-Log wieder geschrieben werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>another profile is in use now; validate a file to start on it</source>
        <translation>jetzt ist ein anderes Profil in Gebrauch; prüfen Sie eine Datei, um damit zu beginnen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>Bulk run</source>
        <translation>Massenänderung</translation>
    </message>
    <message>
        <source>Resume the bulk run of %1</source>
        <translation>Massenlauf von %1 fortsetzen</translation>
    </message>
    <message>
        <source>The interrupted run of %1 continues; rows the journal shows as done are not sent again.</source>
        <translation>Der unterbrochene Lauf von %1 wird fortgesetzt; Zeilen, die das Journal als erledigt zeigt, werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Set the default organization of %n user(s)</source>
        <translation>
            <numerusform>Standardorganisation von %n Benutzer setzen</numerusform>
            <numerusform>Standardorganisation von %n Benutzern setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1 user(s) changes as %2 lists it; %3 row(s) already have their organization and are skipped. Only this key is changed; every change is recorded in the audit log, and the journal %4 lets an interrupted run be resumed.</source>
        <translation>app_metadata.default_org_id von %1 Benutzer(n) ändert sich wie in %2 aufgeführt; %3 Zeile(n) haben ihre Organisation bereits und werden übersprungen. Nur dieser Schlüssel wird geändert; jede Änderung wird im Audit-Log festgehalten, und mit dem Journal %4 lässt sich ein unterbrochener Lauf fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n user(s)</source>
        <translation>
            <numerusform>Auf %n Benutzer anwenden</numerusform>
            <numerusform>Auf %n Benutzer anwenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ClaimChainView</name>
    <message>
        <source>Select a token in the session history and choose Chain to see how its claims changed from the login through refreshes and exchanges.</source>
        <translation>Wählen Sie im Sitzungsverlauf ein Token und dann „Kette“, um zu sehen, wie sich seine Claims von der Anmeldung über Refreshes und Exchanges verändert haben.</translation>
    </message>
    <message>
        <source>Only claims that &amp;change</source>
        <translation>Nur Claims, die sich ä&amp;ndern</translation>
    </message>
    <message>
        <source>Claims along the chain</source>
        <translation>Claims entlang der Kette</translation>
    </message>
    <message>
        <source>This token has no parent in the session: refresh or exchange it to build a chain.</source>
        <translation>Dieses Token hat in der Sitzung keinen Vorgänger: Erneuern oder tauschen Sie es, um eine Kette aufzubauen.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <translation>
            <numerusform>%n Schritt: %1.</numerusform>
            <numerusform>%n Schritte: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) change along the way (+ added, − dropped, ~ changed); dimmed claims differ on every issuance.</source>
        <translation>
            <numerusform>%n Claim ändert sich unterwegs (+ hinzugefügt, − entfernt, ~ geändert); abgeblendete Claims unterscheiden sich bei jeder Ausstellung.</numerusform>
            <numerusform>%n Claims ändern sich unterwegs (+ hinzugefügt, − entfernt, ~ geändert); abgeblendete Claims unterscheiden sich bei jeder Ausstellung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::DemoTenantMenu</name>
    <message>
        <source>&amp;Demo tenant</source>
        <translation>&amp;Demo-Tenant</translation>
    </message>
    <message>
        <source>Demo tenant: %1</source>
        <translation>Demo-Tenant: %1</translation>
    </message>
    <message>
        <source>The demo tenant runs with: %1
Click to restart it with another configuration.</source>
        <translation>Der Demo-Tenant läuft mit: %1
Klicken, um ihn mit einer anderen Konfiguration neu zu starten.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ExchangeDialog</name>
    <message>
        <source>Exchange the token</source>
        <translation>Token austauschen</translation>
    </message>
    <message>
        <source>Custom Token Exchange of %1 with %2. Check what is sent:</source>
        <translation>Custom Token Exchange von %1 mit %2. Prüfen Sie, was gesendet wird:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>none: the exchange Action may set one</source>
        <translation>keine: die Exchange-Action kann eine setzen</translation>
    </message>
    <message>
        <source>Proposed from the token (its organization claim) and the profile (audience, scope).</source>
        <translation>Vorgeschlagen aus dem Token (sein Organisations-Claim) und dem Profil (Audience, Scope).</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>A&amp;ustauschen</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ExplainView</name>
    <message>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>✓ supports</source>
        <translation>✓ stützt</translation>
    </message>
    <message>
        <source>✗ rules out</source>
        <translation>✗ schließt aus</translation>
    </message>
    <message>
        <source>? missing</source>
        <translation>? fehlt</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Use the &amp;inspector&apos;s token</source>
        <translation>Token des &amp;Inspektors verwenden</translation>
    </message>
    <message>
        <source>Fetch &amp;tenant evidence</source>
        <translation>&amp;Tenant-Belege abrufen</translation>
    </message>
    <message>
        <source>Token to explain</source>
        <translation>Zu erklärendes Token</translation>
    </message>
    <message>
        <source>Paste an access token or ID token (a Bearer line is fine), then Explain (Ctrl+Enter)</source>
        <translation>Fügen Sie ein Access-Token oder ID-Token ein (eine Bearer-Zeile ist in Ordnung) und wählen Sie dann „Erklären“ (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Read the user, the user&apos;s organizations, the organizations and the client with the Management API, then explain again</source>
        <translation>Benutzer, dessen Organisationen, die Organisationen und den Client mit der Management API lesen und dann erneut erklären</translation>
    </message>
    <message>
        <source>Tenant evidence fetched; the diagnosis above uses it.</source>
        <translation>Tenant-Belege abgerufen; die Diagnose oben verwendet sie.</translation>
    </message>
    <message numerus="yes">
        <source>Tenant evidence fetched; %n part(s) could not be read (listed as missing).</source>
        <translation>
            <numerusform>Tenant-Belege abgerufen; %n Teil(e) konnten nicht gelesen werden (als fehlend aufgeführt).</numerusform>
            <numerusform>Tenant-Belege abgerufen; %n Teil(e) konnten nicht gelesen werden (als fehlend aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The inspector shows no token: paste one there or here.</source>
        <translation>Der Inspektor zeigt kein Token: Fügen Sie dort oder hier eines ein.</translation>
    </message>
    <message>
        <source>Paste a token, or use the inspector&apos;s, and Explain: OrgLens tells whether it carries org_id and, if not, why — with the evidence and the fix.</source>
        <translation>Fügen Sie ein Token ein oder verwenden Sie das des Inspektors, und wählen Sie „Erklären“: OrgLens zeigt, ob es org_id enthält und, falls nicht, warum – mit Belegen und Lösung.</translation>
    </message>
    <message>
        <source>✓ This token has org_id: %1</source>
        <translation>✓ Dieses Token hat org_id: %1</translation>
    </message>
    <message>
        <source>✗ This token lacks org_id</source>
        <translation>✗ Diesem Token fehlt org_id</translation>
    </message>
    <message>
        <source>No rule matched this input.</source>
        <translation>Keine Regel hat auf diese Eingabe zugetroffen.</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Befund %1: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>%1 (finding %2)</source>
        <translation>%1 (Befund %2)</translation>
    </message>
    <message>
        <source>Fetching tenant evidence from %1…</source>
        <translation>Tenant-Belege werden von %1 abgerufen…</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Kein Browser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>The finding names no user or organization to set: fetch the tenant evidence first.</source>
        <translation>Der Befund nennt keinen Benutzer und keine Organisation zum Setzen: Rufen Sie zuerst die Tenant-Belege ab.</translation>
    </message>
    <message>
        <source>Checking %1&apos;s membership of %2…</source>
        <translation>Mitgliedschaft von %1 in %2 wird geprüft…</translation>
    </message>
    <message>
        <source>default_org_id of %1 is already %2.</source>
        <translation>default_org_id von %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>default_org_id of %1 is now %2 (verified; audit entry %3). Log in again to get a token with it. </source>
        <translation>default_org_id von %1 ist jetzt %2 (überprüft; Audit-Eintrag %3). Melden Sie sich erneut an, um ein Token damit zu erhalten. </translation>
    </message>
    <message>
        <source>Log in with organization=%1: check the profile, then Start.</source>
        <translation>Mit organization=%1 anmelden: Prüfen Sie das Profil und wählen Sie dann „Starten“.</translation>
    </message>
    <message>
        <source>The exchange runs on a token obtained in the Login view: log in, then use &quot;Exchange this token&quot;.</source>
        <translation>Der Exchange läuft mit einem Token aus der Ansicht „Anmeldung“: Melden Sie sich an und verwenden Sie dann „Dieses Token tauschen“.</translation>
    </message>
    <message>
        <source>Export the hand-off report</source>
        <translation>Übergabebericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Generate Actions…</source>
        <translation>Actions &amp;generieren…</translation>
    </message>
    <message>
        <source>Include t&amp;okens</source>
        <translation>T&amp;okens einschließen</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Generate the Auth0 Actions</source>
        <translation>Die Auth0-Actions generieren</translation>
    </message>
    <message>
        <source>Show the Post-Login and Custom Token Exchange Actions for the chosen profile&apos;s claim namespace, ready to paste into the Auth0 Dashboard</source>
        <translation>Zeigt die Post-Login- und die Custom-Token-Exchange-Action für den Claim-Namespace des gewählten Profils, bereit zum Einfügen im Auth0 Dashboard</translation>
    </message>
    <message>
        <source>Include token values in the report</source>
        <translation>Token-Werte in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>Put the access or ID token value into the exported report. Refresh tokens and client secrets are never included.</source>
        <translation>Schreibt den Wert des Access- oder ID-Tokens in den exportierten Bericht. Refresh-Tokens und Client-Secrets werden nie aufgenommen.</translation>
    </message>
    <message>
        <source>Save the verdict, findings, decoded claims, tenant evidence and a reproduction as Markdown or JSON, to attach to a ticket</source>
        <translation>Speichert Urteil, Befunde, dekodierte Claims, Tenant-Belege und eine Reproduktion als Markdown oder JSON, zum Anhängen an ein Ticket</translation>
    </message>
    <message>
        <source>Show the &amp;Actions to paste…</source>
        <translation>Die &amp;Actions zum Einfügen zeigen…</translation>
    </message>
    <message>
        <source>Show the generated Auth0 Actions (finding %1)</source>
        <translation>Die generierten Auth0-Actions zeigen (Befund %1)</translation>
    </message>
    <message>
        <source>Nothing to export yet: explain a token first.</source>
        <translation>Noch nichts zu exportieren: Lassen Sie zuerst ein Token erklären.</translation>
    </message>
    <message>
        <source>%1 Nothing was written; choose a folder you can write to.</source>
        <translation>%1 Es wurde nichts geschrieben; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Report exported to %1 (%2, with the token value).</source>
        <translation>Bericht nach %1 exportiert (%2, mit dem Token-Wert).</translation>
    </message>
    <message>
        <source>Report exported to %1 (%2, no token values).</source>
        <translation>Bericht nach %1 exportiert (%2, ohne Token-Werte).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Setting default_org_id of %1…</source>
        <translation>default_org_id von %1 wird gesetzt…</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Open tenant settings</source>
        <translation>Tenant-Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Open this tenant settings page in your browser?</source>
        <translation>Diese Seite der Tenant-Einstellungen im Browser öffnen?</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1: %2 → %3

Only this key is changed; the change is recorded in the audit log. Tokens issued from now on carry it; log in again (or refresh) to get one.</source>
        <translation>app_metadata.default_org_id von %1: %2 → %3

Nur dieser Schlüssel wird geändert; die Änderung wird im Audit-Protokoll festgehalten. Ab jetzt ausgestellte Tokens enthalten ihn; melden Sie sich erneut an (oder erneuern Sie das Token), um eines zu erhalten.</translation>
    </message>
    <message>
        <source>Set default organization</source>
        <translation>Standardorganisation festlegen</translation>
    </message>
    <message>
        <source>Set default org</source>
        <translation>Standard-Org festlegen</translation>
    </message>
    <message>
        <source>C&amp;heck the tenant</source>
        <translation>Te&amp;nant prüfen</translation>
    </message>
    <message>
        <source>Open the Tenant view and check the profile&apos;s tenant (its Actions, exchange profile and application) for the token&apos;s user</source>
        <translation>Öffnet die Ansicht „Tenant“ und prüft den Tenant des Profils (seine Actions, das Austauschprofil und die Anwendung) für den Benutzer des Tokens</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::GeneratedActionsDialog</name>
    <message>
        <source>Post-Login Action</source>
        <translation>Post-Login-Action</translation>
    </message>
    <message>
        <source>Custom Token Exchange Action</source>
        <translation>Custom-Token-Exchange-Action</translation>
    </message>
    <message>
        <source>Paste it into the Auth0 Dashboard: Actions → Library → Create Action → Build from scratch, trigger Login / Post Login. Deploy it, then add it to the flow under Actions → Triggers → post-login and Apply.</source>
        <translation>Fügen Sie sie im Auth0 Dashboard ein: Actions → Library → Create Action → Build from scratch, Trigger Login / Post Login. Deployen Sie sie, fügen Sie sie dann unter Actions → Triggers → post-login dem Flow hinzu und klicken Sie auf Apply.</translation>
    </message>
    <message>
        <source>your subject_token_type</source>
        <translation>Ihr subject_token_type</translation>
    </message>
    <message>
        <source>Paste it into a new Action with the Custom Token Exchange trigger (Actions → Library → Create Action), add the dependency jose (version 5), Deploy it, then select it in the token exchange profile for %1.</source>
        <translation>Fügen Sie sie in eine neue Action mit dem Trigger Custom Token Exchange ein (Actions → Library → Create Action), fügen Sie die Abhängigkeit jose (Version 5) hinzu, deployen Sie sie und wählen Sie sie dann im Token-Exchange-Profil für %1 aus.</translation>
    </message>
    <message>
        <source>Edit the profile in the Profiles view (or choose another in the Explain view&apos;s Profile box), then generate the Actions again.</source>
        <translation>Bearbeiten Sie das Profil in der Ansicht Profile (oder wählen Sie im Feld Profil der Ansicht Erklären ein anderes) und generieren Sie die Actions dann erneut.</translation>
    </message>
    <message>
        <source>The exchange Action verifies subject tokens against the tenant&apos;s issuer, and the profile has none: fill in &quot;Domain or issuer&quot;.</source>
        <translation>Die Exchange-Action prüft Subject-Tokens gegen den Issuer des Tenants, und das Profil hat keinen: Füllen Sie &quot;Domain oder Issuer&quot; aus.</translation>
    </message>
    <message>
        <source>The exchange Action checks the subject tokens&apos; aud, and the profile has no API audience: fill in &quot;Audience&quot; with your API identifier.</source>
        <translation>Die Exchange-Action prüft das aud der Subject-Tokens, und das Profil hat keine API-Audience: Tragen Sie unter &quot;Audience&quot; Ihren API-Identifier ein.</translation>
    </message>
    <message>
        <source>The profile has no claim namespace, so the Actions have no claim name to put the organization under: fill in &quot;Claim namespace&quot; with an https URL you own, e.g. https://example.com/.</source>
        <translation>Das Profil hat keinen Claim-Namespace, die Actions haben also keinen Claim-Namen für die Organisation: Tragen Sie unter &quot;Claim-Namespace&quot; eine https-URL ein, die Ihnen gehört, z. B. https://example.com/.</translation>
    </message>
    <message>
        <source>Auth0 Actions for organizations</source>
        <translation>Auth0-Actions für Organisationen</translation>
    </message>
    <message>
        <source>No profile is chosen: the Actions are generated from a profile&apos;s claim namespace, issuer and audience.</source>
        <translation>Kein Profil gewählt: Die Actions werden aus Claim-Namespace, Issuer und Audience eines Profils generiert.</translation>
    </message>
    <message>
        <source>Generated from the profile &quot;%1&quot;: the Post-Login Action puts app_metadata.default_org_id into the namespaced claim &lt;namespace&gt;org_id; the exchange Action turns that claim into a real org_id.</source>
        <translation>Aus dem Profil &quot;%1&quot; generiert: Die Post-Login-Action schreibt app_metadata.default_org_id in den Namespace-Claim &lt;namespace&gt;org_id; die Exchange-Action macht aus diesem Claim ein echtes org_id.</translation>
    </message>
    <message>
        <source>Generated Actions</source>
        <translation>Generierte Actions</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>%1 code</source>
        <translation>Code der %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Die %1 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 (%n line(s)) to the clipboard.</source>
        <translation>
            <numerusform>%1 (%n Zeile) in die Zwischenablage kopiert.</numerusform>
            <numerusform>%1 (%n Zeilen) in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::HintBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Hide this hint; it is not shown again</source>
        <translation>Diesen Hinweis ausblenden; er wird nicht wieder angezeigt</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes when OrgLens is started again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von OrgLens.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LifetimeTimeline</name>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>läuft ab %1 (%2)</translation>
    </message>
    <message>
        <source>no expiry (exp missing)</source>
        <translation>kein Ablauf (exp fehlt)</translation>
    </message>
    <message>
        <source>No iat or exp: the token&apos;s lifetime is unknown</source>
        <translation>Kein iat oder exp: Die Lebensdauer des Tokens ist unbekannt</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>ausgestellt %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LoginView</name>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Device authorization (code on another device)</source>
        <translation>Device Authorization (Code auf einem anderen Gerät)</translation>
    </message>
    <message>
        <source>Authorization code + PKCE (this computer&apos;s browser)</source>
        <translation>Authorization Code + PKCE (Browser dieses Computers)</translation>
    </message>
    <message>
        <source>Client credentials (machine-to-machine application)</source>
        <translation>Client Credentials (Machine-to-Machine-Anwendung)</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Flow:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>API identifier</source>
        <translation>API-Identifier</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>openid profile email</source>
        <translation>openid profile email</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>org_... (or a name, when the tenant allows it); optional</source>
        <translation>org_... (oder ein Name, wenn der Tenant es erlaubt); optional</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Ver&amp;bindung:</translation>
    </message>
    <message>
        <source>e.g. Username-Password-Authentication; optional</source>
        <translation>z. B. Username-Password-Authentication; optional</translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation>Pro&amp;mpt:</translation>
    </message>
    <message>
        <source>Login &amp;hint:</source>
        <translation>Login-&amp;Hinweis:</translation>
    </message>
    <message>
        <source>user@example.com; optional</source>
        <translation>user@example.com; optional</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Choose a profile and a flow, then Start.</source>
        <translation>Wählen Sie ein Profil und einen Flow, dann Starten.</translation>
    </message>
    <message>
        <source>Device authorization shows a code to enter on any device with a browser. Authorization code + PKCE opens this computer&apos;s browser and waits for it to come back. Client credentials needs the profile&apos;s machine-to-machine client secret. Tokens stay in memory.</source>
        <translation>Device Authorization zeigt einen Code, den Sie auf einem beliebigen Gerät mit Browser eingeben. Authorization Code + PKCE öffnet den Browser dieses Computers und wartet auf die Rückkehr. Client Credentials braucht das Machine-to-Machine-Client-Secret des Profils. Tokens bleiben im Speicher.</translation>
    </message>
    <message>
        <source>Open the address below on any device, or scan the QR code, and confirm this code:</source>
        <translation>Öffnen Sie die folgende Adresse auf einem beliebigen Gerät oder scannen Sie den QR-Code, und bestätigen Sie diesen Code:</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Code kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copied the code.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <source>Open &amp;browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>QR code of the verification address</source>
        <translation>QR-Code der Bestätigungsadresse</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>URL kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copied the authorization URL.</source>
        <translation>Autorisierungs-URL kopiert.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Inspect &amp;access token</source>
        <translation>&amp;Access-Token untersuchen</translation>
    </message>
    <message>
        <source>Inspect &amp;ID token</source>
        <translation>&amp;ID-Token untersuchen</translation>
    </message>
    <message>
        <source>E&amp;xchange this token</source>
        <translation>Dieses Token a&amp;ustauschen</translation>
    </message>
    <message>
        <source>No profiles: create one in Profiles</source>
        <translation>Keine Profile: Legen Sie eines unter Profile an</translation>
    </message>
    <message>
        <source>Custom Token Exchange of the access token with the profile&apos;s exchange application; shows what changed.</source>
        <translation>Custom Token Exchange des Access-Tokens mit der Austauschanwendung des Profils; zeigt, was sich geändert hat.</translation>
    </message>
    <message>
        <source>The profile has no token exchange application.</source>
        <translation>Das Profil hat keine Anwendung für den Token-Austausch.</translation>
    </message>
    <message>
        <source>The profile has no native client ID: set it in Profiles.</source>
        <translation>Das Profil hat keine native Client-ID: Legen Sie sie unter Profile fest.</translation>
    </message>
    <message>
        <source>Requesting a code…</source>
        <translation>Code wird angefordert …</translation>
    </message>
    <message>
        <source>The server asked to poll more slowly; checking every %1 s.</source>
        <translation>Der Server bittet um langsamere Abfragen; Prüfung alle %1 s.</translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed in a browser… (checking every %1 s)</source>
        <translation>Warten auf die Bestätigung des Codes in einem Browser … (Prüfung alle %1 s)</translation>
    </message>
    <message>
        <source>Requesting a device code from %1…</source>
        <translation>Device-Code wird bei %1 angefordert …</translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed in a browser…</source>
        <translation>Warten auf die Bestätigung des Codes in einem Browser …</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
    <message>
        <source>Preparing the login…</source>
        <translation>Anmeldung wird vorbereitet …</translation>
    </message>
    <message>
        <source>Waiting for the browser… Log in there; this window continues by itself.</source>
        <translation>Warten auf den Browser … Melden Sie sich dort an; dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>The browser came back; exchanging the code for tokens…</source>
        <translation>Der Browser ist zurückgekehrt; der Code wird gegen Tokens getauscht …</translation>
    </message>
    <message>
        <source>Logging in at %1 in the browser…</source>
        <translation>Anmeldung bei %1 im Browser …</translation>
    </message>
    <message>
        <source>The profile has no machine-to-machine client ID: set it in Profiles.</source>
        <translation>Das Profil hat keine Machine-to-Machine-Client-ID: Legen Sie sie unter Profile fest.</translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation>Client-Secret wird gelesen …</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Token wird angefordert …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Received: %1%2. Granted scope: %3</source>
        <translation>Erhalten: %1%2. Gewährter Scope: %3</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (aus dem Cache)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Logged in; the token is open in the inspector.</source>
        <translation>Angemeldet; das Token ist im Inspektor geöffnet.</translation>
    </message>
    <message>
        <source>The profile has no token exchange application: set it in Profiles.</source>
        <translation>Das Profil hat keine Anwendung für den Token-Austausch: Legen Sie sie unter Profile fest.</translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation>Token wird ausgetauscht …</translation>
    </message>
    <message>
        <source>The token exchange failed.</source>
        <translation>Der Token-Austausch ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Exchanged; the differences are open in Compare.</source>
        <translation>Ausgetauscht; die Unterschiede sind unter Vergleichen geöffnet.</translation>
    </message>
    <message>
        <source>Could not open a browser: copy the address and open it yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden: Kopieren Sie die Adresse und öffnen Sie sie selbst.</translation>
    </message>
    <message>
        <source>Requesting a device code…</source>
        <translation>Gerätecode wird angefordert…</translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed…</source>
        <translation>Warten auf die Bestätigung des Codes…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Code wird gegen Tokens eingetauscht…</translation>
    </message>
    <message>
        <source>Reading the exchange client secret…</source>
        <translation>Client-Secret für den Exchange wird gelesen…</translation>
    </message>
    <message>
        <source>another profile is chosen now; log in again to exchange a token of it</source>
        <translation>jetzt ist ein anderes Profil gewählt; melden Sie sich erneut an, um ein Token davon auszutauschen</translation>
    </message>
    <message>
        <source>from an earlier login: the latest one failed</source>
        <translation>aus einer früheren Anmeldung: die letzte ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The token shown is from an earlier login or another profile: log in again, then exchange.</source>
        <translation>Das angezeigte Token stammt aus einer früheren Anmeldung oder einem anderen Profil: Melden Sie sich erneut an und tauschen Sie dann aus.</translation>
    </message>
    <message>
        <source>the access token of %1</source>
        <translation>dem Access-Token von %1</translation>
    </message>
    <message>
        <source>the application %1 on %2</source>
        <translation>der Anwendung %1 auf %2</translation>
    </message>
    <message>
        <source>The token exchange was not sent.</source>
        <translation>Der Token-Austausch wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Organization is not sent. %1</source>
        <translation>Die Organisation wird nicht gesendet. %1</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::MainWindow</name>
    <message>
        <source>OrgLens</source>
        <translation>OrgLens</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Pasted tokens are decoded on this computer; nothing is sent anywhere.</source>
        <translation>Eingefügte Tokens werden auf diesem Computer dekodiert; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Token Input</source>
        <translation>&amp;Token-Eingabe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OrgLens</source>
        <translation>Ü&amp;ber OrgLens</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add this tenant</source>
        <translation>Diesen Tenant hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste Token</source>
        <translation>Token ein&amp;fügen</translation>
    </message>
    <message>
        <source>Open a token, Bearer line, Authorization header or token response from the clipboard (Ctrl+V when no text field has the focus)</source>
        <translation>Ein Token, eine Bearer-Zeile, einen Authorization-Header oder eine Token-Antwort aus der Zwischenablage öffnen (Strg+V, wenn kein Textfeld den Fokus hat)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Nothing to open: %1</source>
        <translation>Nichts zu öffnen: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage(n)</numerusform>
            <numerusform>%n laufende Anfrage(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking signature…</source>
        <translation>Signatur wird geprüft…</translation>
    </message>
    <message>
        <source>Keys unavailable</source>
        <translation>Schlüssel nicht verfügbar</translation>
    </message>
    <message>
        <source>Verified (%1)</source>
        <translation>Verifiziert (%1)</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>Cannot add this tenant: %1</source>
        <translation>Dieser Tenant kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Added the profile %1; complete it in Profiles (client, audience, management client).</source>
        <translation>Profil %1 hinzugefügt; vervollständigen Sie es unter „Profile“ (Client, Audience, Management-Client).</translation>
    </message>
    <message>
        <source>Fetching the signing keys of %1…</source>
        <translation>Signaturschlüssel von %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>Signature not checked</source>
        <translation>Signatur nicht geprüft</translation>
    </message>
    <message>
        <source>The signature check was cancelled.</source>
        <translation>Die Signaturprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>The documentation could not be opened; it is the README.md of OrgLens.</source>
        <translation>Die Dokumentation konnte nicht geöffnet werden; sie ist die README.md von OrgLens.</translation>
    </message>
    <message>
        <source>Tenant: %1 (profile %2)</source>
        <translation>Tenant: %1 (Profil %2)</translation>
    </message>
    <message>
        <source>Every view works with the tenant %1 of the profile %2; change it with the Profile switcher above.</source>
        <translation>Alle Ansichten arbeiten mit dem Tenant %1 des Profils %2; wechseln Sie es mit der Profilauswahl oben.</translation>
    </message>
    <message>
        <source>Add a profile for the tenant %1?</source>
        <translation>Ein Profil für den Tenant %1 anlegen?</translation>
    </message>
    <message>
        <source>OrgLens will then fetch the tenant&apos;s published signing keys from %1 to verify this token. Nothing has been fetched so far.</source>
        <translation>OrgLens ruft dann die veröffentlichten Signaturschlüssel des Tenants von %1 ab, um dieses Token zu prüfen. Bisher wurde nichts abgerufen.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Massenvorgänge</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ManagementConnection</name>
    <message>
        <source>Choose a profile with a Management API (machine-to-machine) application.</source>
        <translation>Wählen Sie ein Profil mit einer Management-API-Anwendung (Machine-to-Machine).</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has no Management API application: enter its M2M client ID and secret in Profiles, or choose another profile.</source>
        <translation>Das Profil &apos;%1&apos; hat keine Management-API-Anwendung: Geben Sie unter „Profile“ dessen M2M-Client-ID und -Secret ein, oder wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>No M2M client secret for &apos;%1&apos;.</source>
        <translation>Kein M2M-Client-Secret für &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Reading the M2M client secret of &apos;%1&apos; from the keychain…</source>
        <translation>M2M-Client-Secret von &apos;%1&apos; wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Tenant %1 · Management API application %2</source>
        <translation>Tenant %1 · Management-API-Anwendung %2</translation>
    </message>
    <message>
        <source>Reading the M2M client secret of &apos;%1&apos; was cancelled: choose the profile again to retry.</source>
        <translation>Das Lesen des M2M-Client-Secrets von „%1“ wurde abgebrochen: Wählen Sie das Profil erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>A bulk run, a repair or an undo is using this profile; it can be changed when that ends.</source>
        <translation>Ein Massenlauf, eine Reparatur oder ein Rückgängigmachen verwendet dieses Profil; es kann geändert werden, wenn das beendet ist.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ManagementProfileBar</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>(choose a profile)</source>
        <translation>(Profil wählen)</translation>
    </message>
    <message>
        <source>Also the window&apos;s profile now: every view works with %1 (tenant %2).</source>
        <translation>Jetzt auch das Profil des Fensters: Alle Ansichten arbeiten mit %1 (Tenant %2).</translation>
    </message>
    <message>
        <source>The window&apos;s profile: a profile chosen here is used by every view.</source>
        <translation>Das Profil des Fensters: Ein hier gewähltes Profil verwenden alle Ansichten.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProbeDialog</name>
    <message>
        <source>Run probes</source>
        <translation>Proben ausführen</translation>
    </message>
    <message>
        <source>Probes go beyond reading the configuration: they make %1 run code or answer a request. Tick the ones to run.</source>
        <translation>Proben gehen über das Lesen der Konfiguration hinaus: Sie lassen %1 Code ausführen oder eine Anfrage beantworten. Kreuzen Sie die auszuführenden an.</translation>
    </message>
    <message>
        <source>&amp;Run probes</source>
        <translation>Proben &amp;ausführen</translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation>%1
Nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProfileEditorView</name>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. acme-prod</source>
        <translation>z. B. acme-prod</translation>
    </message>
    <message>
        <source>&amp;Domain or issuer:</source>
        <translation>&amp;Domain oder Issuer:</translation>
    </message>
    <message>
        <source>acme.eu.auth0.com or https://login.acme.com/</source>
        <translation>acme.eu.auth0.com oder https://login.acme.com/</translation>
    </message>
    <message>
        <source>Native &amp;client ID:</source>
        <translation>Native &amp;Client-ID:</translation>
    </message>
    <message>
        <source>Native application for device and PKCE logins</source>
        <translation>Native Anwendung für Device- und PKCE-Anmeldungen</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation>https://api.example.com/</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>openid profile email offline_access</source>
        <translation>openid profile email offline_access</translation>
    </message>
    <message>
        <source>Claim na&amp;mespace:</source>
        <translation>Claim-Na&amp;mespace:</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>M2M client &amp;ID:</source>
        <translation>M2M-Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Machine-to-machine application for the Management API</source>
        <translation>Machine-to-Machine-Anwendung für die Management API</translation>
    </message>
    <message>
        <source>M2M client s&amp;ecret:</source>
        <translation>M2M-Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Secret zu behalten</translation>
    </message>
    <message>
        <source>E&amp;xchange client ID:</source>
        <translation>E&amp;xchange-Client-ID:</translation>
    </message>
    <message>
        <source>Application for Custom Token Exchange</source>
        <translation>Anwendung für Custom Token Exchange</translation>
    </message>
    <message>
        <source>Exchange client secre&amp;t:</source>
        <translation>Exchange-Client-Secre&amp;t:</translation>
    </message>
    <message>
        <source>Su&amp;bject token type:</source>
        <translation>Su&amp;bject-Token-Typ:</translation>
    </message>
    <message>
        <source>urn:example:subject-token (from the exchange profile)</source>
        <translation>urn:example:subject-token (aus dem Exchange-Profil)</translation>
    </message>
    <message>
        <source>Tenant accepts organi&amp;zation names (not only IDs)</source>
        <translation>Tenant akzeptiert Organisations&amp;namen (nicht nur IDs)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>New profile: fill in at least a name and the tenant&apos;s domain, then Save.</source>
        <translation>Neues Profil: Füllen Sie mindestens einen Namen und die Domain des Tenants aus, dann Speichern.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as a new profile &apos;%1&apos;; &apos;%2&apos; is unchanged.</source>
        <translation>Als neues Profil „%1“ gespeichert; „%2“ ist unverändert.</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; storing its secrets…</source>
        <translation>„%1“ gespeichert; seine Geheimnisse werden abgelegt …</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;, but a secret was not stored: %2</source>
        <translation>„%1“ gespeichert, aber ein Geheimnis wurde nicht abgelegt: %2</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; its secrets are stored in the system keychain.</source>
        <translation>„%1“ gespeichert; seine Geheimnisse liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos; and its stored secrets.</source>
        <translation>„%1“ und seine gespeicherten Geheimnisse wurden gelöscht.</translation>
    </message>
    <message>
        <source>Storing the secrets of &apos;%1&apos; in the keychain…</source>
        <translation>Die Secrets von „%1“ werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; its secrets are kept in memory until OrgLens quits: no keychain is running.</source>
        <translation>„%1“ gespeichert; seine Geheimnisse werden im Speicher gehalten, bis OrgLens beendet wird: Kein Schlüsselbund läuft.</translation>
    </message>
    <message>
        <source>Client secrets go to the system keychain, never to the settings file (if no keychain answers, they are kept in memory until OrgLens quits and this line says so).</source>
        <translation>Client-Secrets kommen in den Schlüsselbund des Systems, nie in die Einstellungsdatei (antwortet kein Schlüsselbund, werden sie im Speicher gehalten, bis OrgLens beendet wird, und diese Zeile sagt es).</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProfilePicker</name>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProfileSwitcher</name>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The tenant profile the views work with</source>
        <translation>Das Tenant-Profil, mit dem die Ansichten arbeiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No profile (add one in Profiles)</source>
        <translation>Kein Profil (unter „Profile“ hinzufügen)</translation>
    </message>
    <message>
        <source>Loading profiles…</source>
        <translation>Profile werden geladen…</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::RepairDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Prove it with a device login…</source>
        <translation>Mit einem Device-Login &amp;beweisen…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Repair the org_id pipeline</source>
        <translation>org_id-Pipeline reparieren</translation>
    </message>
    <message>
        <source>Repair steps</source>
        <translation>Reparaturschritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Requests of the selected step</source>
        <translation>Anfragen des gewählten Schritts</translation>
    </message>
    <message>
        <source>Position of OrgLens&apos;s binding</source>
        <translation>Position der Bindung von OrgLens</translation>
    </message>
    <message>
        <source>Also set %1&apos;s default organization</source>
        <translation>Auch die Standardorganisation von %1 setzen</translation>
    </message>
    <message>
        <source>Sets app_metadata.default_org_id to the user&apos;s organization (when the user belongs to only one)</source>
        <translation>Setzt app_metadata.default_org_id auf die Organisation des Benutzers (wenn er nur einer angehört)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Bound Actions that set the claim too:</source>
        <translation>Gebundene Actions, die den Claim auch setzen:</translation>
    </message>
    <message>
        <source>Position of OrgLens&apos;s binding:</source>
        <translation>Position der Bindung von OrgLens:</translation>
    </message>
    <message>
        <source>The tenant check before and after the repair</source>
        <translation>Die Tenant-Prüfung vor und nach der Reparatur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>See it in a token: a device login in the Login view → Exchange this token → Compare shows org_id added → Refresh in the session history: the new token keeps it.</source>
        <translation>Im Token sehen: ein Device-Login in der Ansicht Login → „Dieses Token tauschen“ → Vergleich zeigt org_id hinzugefügt → Aktualisieren im Sitzungsverlauf: das neue Token behält es.</translation>
    </message>
    <message>
        <source>Write to tenant %1 (profile %2)</source>
        <translation>In den Tenant %1 schreiben (Profil %2)</translation>
    </message>
    <message>
        <source>%1, for the user %2</source>
        <translation>%1, für den Benutzer %2</translation>
    </message>
    <message>
        <source>Planning the repair of %1…</source>
        <translation>Reparatur von %1 wird geplant…</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>Die Planung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n step(s)</source>
        <translation>
            <numerusform>%n Schritt &amp;anwenden</numerusform>
            <numerusform>%n Schritte &amp;anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will write to the tenant. Apply writes them in this order; each is recorded in the audit log and can be undone there.</source>
        <translation>
            <numerusform>%n Schritt wird in den Tenant schreiben. Anwenden führt ihn aus; er wird im Audit-Log festgehalten und lässt sich dort rückgängig machen.</numerusform>
            <numerusform>%n Schritte werden in den Tenant schreiben. Anwenden führt sie in dieser Reihenfolge aus; jeder wird im Audit-Log festgehalten und lässt sich dort rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: every step is in place already.</source>
        <translation>Nichts zu tun: jeder Schritt ist schon erledigt.</translation>
    </message>
    <message>
        <source>Will do</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Never removed silently: ticked, OrgLens&apos;s bindings list leaves it out</source>
        <translation>Nie stillschweigend entfernt: angehakt, lässt die Bindungsliste von OrgLens sie weg</translation>
    </message>
    <message>
        <source>First, before %1</source>
        <translation>Zuerst, vor %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Zwischen %1 und %2</translation>
    </message>
    <message>
        <source>The only binding</source>
        <translation>Die einzige Bindung</translation>
    </message>
    <message>
        <source>Last, after %1</source>
        <translation>Zuletzt, nach %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Schritt %1 von %2: %3…</translation>
    </message>
    <message>
        <source>Repairing %1…</source>
        <translation>%1 wird repariert…</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Reparatur läuft…</translation>
    </message>
    <message>
        <source>%1 Audit entry %2: undo it in the Audit view.</source>
        <translation>%1 Audit-Eintrag %2: in der Ansicht Audit rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Checking %1 again…</source>
        <translation>%1 wird erneut geprüft…</translation>
    </message>
    <message>
        <source>The check after the repair was cancelled.</source>
        <translation>Die Prüfung nach der Reparatur wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The repair is writing to the tenant: it cannot be stopped halfway</source>
        <translation>Die Reparatur schreibt in den Tenant: sie kann nicht mittendrin angehalten werden</translation>
    </message>
    <message>
        <source>Open the Login view prepared for a device login</source>
        <translation>Die Ansicht Login für einen Device-Login vorbereitet öffnen</translation>
    </message>
    <message>
        <source>Open the Login view prepared for a device login of %1</source>
        <translation>Die Ansicht Login für einen Device-Login von %1 vorbereitet öffnen</translation>
    </message>
    <message numerus="yes">
        <source>After the repair, %1 of %n check(s) pass; before, %2 did.</source>
        <translation>
            <numerusform>Nach der Reparatur besteht %1 von %n Prüfung; vorher waren es %2.</numerusform>
            <numerusform>Nach der Reparatur bestehen %1 von %n Prüfungen; vorher waren es %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbind %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>%1 Undo it in the Audit view.</source>
        <translation>%1 In der Ansicht Audit lässt sie sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::RunCaption</name>
    <message>
        <source>%1 on %2 (%3) at %4</source>
        <translation>%1 auf %2 (%3) um %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::SecretStorageNotice</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details on where secrets are kept</source>
        <translation>Details dazu, wo Geheimnisse aufbewahrt werden</translation>
    </message>
    <message>
        <source>No keychain: secrets in memory</source>
        <translation>Kein Schlüsselbund: Geheimnisse im Speicher</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::SessionHistoryPanel</name>
    <message>
        <source>Tokens of this session</source>
        <translation>Tokens dieser Sitzung</translation>
    </message>
    <message>
        <source>No tokens yet.
Paste one (Ctrl+V) or log in: every token of this session is listed here, and forgotten when OrgLens quits.</source>
        <translation>Noch keine Tokens.
Fügen Sie eines ein (Strg+V) oder melden Sie sich an: Jedes Token dieser Sitzung wird hier aufgeführt und beim Beenden von OrgLens verworfen.</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>Open in the Tokens view (Enter)</source>
        <translation>In der Ansicht „Tokens“ öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>As &amp;before</source>
        <translation>Als &amp;Vorher</translation>
    </message>
    <message>
        <source>Use as the first token of a comparison</source>
        <translation>Als erstes Token eines Vergleichs verwenden</translation>
    </message>
    <message>
        <source>As a&amp;fter</source>
        <translation>Als Nac&amp;hher</translation>
    </message>
    <message>
        <source>Use as the second token of a comparison</source>
        <translation>Als zweites Token eines Vergleichs verwenden</translation>
    </message>
    <message>
        <source>C&amp;hain</source>
        <translation>&amp;Kette</translation>
    </message>
    <message>
        <source>Show how the claims changed from login through refreshes and exchanges up to this token</source>
        <translation>Zeigen, wie sich die Claims von der Anmeldung über Refreshes und Exchanges bis zu diesem Token verändert haben</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Get new tokens with this login&apos;s refresh token; they are added to the history</source>
        <translation>Neue Token mit dem Refresh-Token dieser Anmeldung holen; sie werden dem Verlauf hinzugefügt</translation>
    </message>
    <message>
        <source>Refreshing the tokens with the refresh token of %1 %2…</source>
        <translation>Token werden mit dem Refresh-Token von %1 %2 erneuert…</translation>
    </message>
    <message>
        <source>Refreshed: the new tokens are at the end of the session history.</source>
        <translation>Erneuert: Die neuen Token stehen am Ende des Sitzungsverlaufs.</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>Die Erneuerung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TenantView</name>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Bestanden</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! Warnung</translation>
    </message>
    <message>
        <source>✗ Critical</source>
        <translation>✗ Kritisch</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>– Not checked</source>
        <translation>– Nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;Check tenant</source>
        <translation>&amp;Tenant prüfen</translation>
    </message>
    <message>
        <source>Run pro&amp;bes…</source>
        <translation>Pro&amp;ben ausführen…</translation>
    </message>
    <message>
        <source>User to check (optional)</source>
        <translation>Zu prüfender Benutzer (optional)</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s org_id pipeline with the Management API (read scopes only) and judge each step</source>
        <translation>Die org_id-Kette des Tenants mit der Management API lesen (nur Lese-Scopes) und jeden Schritt beurteilen</translation>
    </message>
    <message>
        <source>Choose probes that make the tenant run its Actions or answer a forged token exchange</source>
        <translation>Proben wählen, die den Tenant seine Actions ausführen oder einen gefälschten Token-Austausch beantworten lassen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Evidence and fix of the selected step</source>
        <translation>Belege und Behebung des gewählten Schritts</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>The check was stopped: another profile is in use now.</source>
        <translation>Die Prüfung wurde abgebrochen: Jetzt wird ein anderes Profil verwendet.</translation>
    </message>
    <message>
        <source>another profile is in use now; check the tenant again</source>
        <translation>jetzt wird ein anderes Profil verwendet; prüfen Sie den Tenant erneut</translation>
    </message>
    <message>
        <source>Tenant check</source>
        <translation>Tenant-Prüfung</translation>
    </message>
    <message>
        <source>Tenant check for %1</source>
        <translation>Tenant-Prüfung für %1</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
    <message>
        <source>the profile has no token exchange application or subject token type: set them in Profiles.</source>
        <translation>das Profil hat keine Token-Austausch-Anwendung oder keinen Subject-Token-Typ: Legen Sie sie unter „Profile“ fest.</translation>
    </message>
    <message>
        <source>Action test runs</source>
        <translation>Testläufe der Actions</translation>
    </message>
    <message>
        <source>Live token exchange</source>
        <translation>Echter Token-Austausch</translation>
    </message>
    <message>
        <source>No probe was run.</source>
        <translation>Es wurde keine Probe ausgeführt.</translation>
    </message>
    <message>
        <source>Tenant check with probes</source>
        <translation>Tenant-Prüfung mit Proben</translation>
    </message>
    <message>
        <source>Tenant check with probes for %1</source>
        <translation>Tenant-Prüfung mit Proben für %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Behebung: %2</translation>
    </message>
    <message>
        <source>◆ Probe</source>
        <translation>◆ Probe</translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1 critical)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (%1 kritisch)</numerusform>
            <numerusform>%n fehlgeschlagen (%1 kritisch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ All %n step(s) pass.</source>
        <translation>
            <numerusform>✓ Der %n Schritt ist bestanden.</numerusform>
            <numerusform>✓ Alle %n Schritte bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Critical: %1.</source>
        <translation>Kritisch: %1.</translation>
    </message>
    <message>
        <source>Select a step to see its evidence and fix.</source>
        <translation>Wählen Sie einen Schritt, um seine Belege und die Behebung zu sehen.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Check tenant reads the profile&apos;s tenant with the Management API (read scopes only) and judges its org_id pipeline step by step. Run probes… goes further once you agree to what it sends.</source>
        <translation>„Tenant prüfen“ liest den Tenant des Profils mit der Management API (nur Lese-Scopes) und beurteilt seine org_id-Kette Schritt für Schritt. „Proben ausführen…“ geht weiter, sobald Sie dem zustimmen, was gesendet wird.</translation>
    </message>
    <message>
        <source>user_id (optional)</source>
        <translation>user_id (optional)</translation>
    </message>
    <message>
        <source>With a user, the check also covers the user&apos;s default organization and membership</source>
        <translation>Mit einem Benutzer werden auch seine Standardorganisation und Mitgliedschaft geprüft</translation>
    </message>
    <message>
        <source>Check tenant</source>
        <translation>Tenant prüfen</translation>
    </message>
    <message>
        <source>Check this profile&apos;s tenant: its org_id pipeline, step by step (Tenant view)</source>
        <translation>Den Tenant dieses Profils prüfen: seine org_id-Kette, Schritt für Schritt (Ansicht Tenant)</translation>
    </message>
    <message>
        <source>Device login: Start, approve it, then Exchange this token; Compare shows org_id added, and a refreshed token keeps it.</source>
        <translation>Device-Login: Starten, bestätigen, dann „Dieses Token tauschen“; Vergleich zeigt org_id hinzugefügt, und ein aktualisiertes Token behält es.</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
    <message>
        <source>The check is running: repair once it is done</source>
        <translation>Die Prüfung läuft: reparieren, sobald sie fertig ist</translation>
    </message>
    <message>
        <source>Check the tenant first: the repair starts from the checklist of this profile</source>
        <translation>Zuerst den Tenant prüfen: die Reparatur geht von der Checkliste dieses Profils aus</translation>
    </message>
    <message>
        <source>Nothing to repair: no step of the checklist failed</source>
        <translation>Nichts zu reparieren: kein Schritt der Checkliste ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Plan the writes that fix the failed steps, review them, then apply them (each can be undone in the Audit view)</source>
        <translation>Die Schreibvorgänge planen, die die fehlgeschlagenen Schritte beheben, sie ansehen, dann anwenden (jeder lässt sich in der Ansicht Audit rückgängig machen)</translation>
    </message>
    <message>
        <source>Tenant check after the repair</source>
        <translation>Tenant-Prüfung nach der Reparatur</translation>
    </message>
    <message>
        <source>Tenant check after the repair for %1</source>
        <translation>Tenant-Prüfung nach der Reparatur für %1</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TokenDiffView</name>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>Paste the first token</source>
        <translation>Erstes Token einfügen</translation>
    </message>
    <message>
        <source>Paste the second token</source>
        <translation>Zweites Token einfügen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two tokens (Ctrl+Enter)</source>
        <translation>Die beiden Tokens vergleichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Paste two tokens, or use &quot;Exchange this token&quot; on the Login view, to see what changed between them.</source>
        <translation>Fügen Sie zwei Tokens ein oder verwenden Sie „Dieses Token austauschen“ in der Anmeldeansicht, um zu sehen, was sich zwischen ihnen geändert hat.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>The two tokens have the same claims.</source>
        <translation>Die beiden Tokens haben dieselben Claims.</translation>
    </message>
    <message>
        <source>%1 added (+), %2 removed (−), %3 changed (~); dimmed rows differ on every issuance.</source>
        <translation>%1 hinzugefügt (+), %2 entfernt (−), %3 geändert (~); abgeblendete Zeilen unterscheiden sich bei jeder Ausstellung.</translation>
    </message>
    <message>
        <source>Before token</source>
        <translation>Token vorher</translation>
    </message>
    <message>
        <source>After token</source>
        <translation>Token nachher</translation>
    </message>
    <message>
        <source>Two tokens</source>
        <translation>Zwei Tokens</translation>
    </message>
    <message>
        <source>Session chain</source>
        <translation>Sitzungskette</translation>
    </message>
    <message>
        <source>Note: Before: %1</source>
        <translation>Hinweis: Vorher: %1</translation>
    </message>
    <message>
        <source>Note: After: %1</source>
        <translation>Hinweis: Nachher: %1</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TokenInspectorView</name>
    <message>
        <source>Paste a token (JWT, &apos;Bearer …&apos; or an Authorization header line)</source>
        <translation>Token einfügen (JWT, „Bearer …“ oder eine Authorization-Header-Zeile)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Paste a token or log in to start</source>
        <translation>Fügen Sie ein Token ein oder melden Sie sich an, um zu beginnen</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Kodiertes Token</translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation>&amp;Roh-JSON</translation>
    </message>
    <message>
        <source>Show the decoded header and payload as pretty-printed JSON</source>
        <translation>Header und Payload dekodiert als formatiertes JSON anzeigen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Decoded JSON</source>
        <translation>Dekodiertes JSON</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Signature not checked</source>
        <translation>Signatur nicht geprüft</translation>
    </message>
    <message>
        <source>The token was decoded locally. Its signature has not been verified, so nothing in it can be trusted yet.</source>
        <translation>Das Token wurde lokal dekodiert. Seine Signatur wurde nicht geprüft, daher ist noch nichts darin vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Encoded token: %1 . %2 . %3</source>
        <translation>Kodiertes Token: %1 . %2 . %3</translation>
    </message>
    <message numerus="yes">
        <source>Header (%n characters)</source>
        <translation>
            <numerusform>Header (%n Zeichen)</numerusform>
            <numerusform>Header (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload (%n characters)</source>
        <translation>
            <numerusform>Payload (%n Zeichen)</numerusform>
            <numerusform>Payload (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signature (%n characters)</source>
        <translation>
            <numerusform>Signatur (%n Zeichen)</numerusform>
            <numerusform>Signatur (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Select a row to see its full value and explanation. Ctrl+C copies the value, Ctrl+Shift+C its path.</source>
        <translation>Wählen Sie eine Zeile, um ihren vollständigen Wert und ihre Erklärung zu sehen. Strg+C kopiert den Wert, Strg+Umschalt+C ihren Pfad.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Copied the value of %1</source>
        <translation>Wert von %1 kopiert</translation>
    </message>
    <message>
        <source>Copied the path %1</source>
        <translation>Pfad %1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Add this tenant…</source>
        <translation>Diesen Tenant &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Find a claim or value (Ctrl+F)</source>
        <translation>Claim oder Wert suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find claim</source>
        <translation>Claim suchen</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>No profile has the issuer %1, so the signature cannot be checked. Add the tenant as a profile to verify this token with its published keys (nothing is fetched until you confirm).</source>
        <translation>Kein Profil hat den Aussteller %1, daher kann die Signatur nicht geprüft werden. Fügen Sie den Tenant als Profil hinzu, um dieses Token mit seinen veröffentlichten Schlüsseln zu verifizieren (es wird nichts abgerufen, bevor Sie bestätigen).</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::UsersView</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Save default organization…</source>
        <translation>Standardorganisation speichern …</translation>
    </message>
    <message>
        <source>Lucene query, e.g. email:alice* or app_metadata.default_org_id:org_acme</source>
        <translation>Lucene-Abfrage, z. B. email:alice* oder app_metadata.default_org_id:org_acme</translation>
    </message>
    <message>
        <source>app_metadata:</source>
        <translation>app_metadata:</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <source>Default organization:</source>
        <translation>Standardorganisation:</translation>
    </message>
    <message>
        <source>No tenant: choose a profile with a machine-to-machine application first.</source>
        <translation>Kein Tenant: Wählen Sie zuerst ein Profil mit einer Machine-to-Machine-Anwendung.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>%1 of %2 user(s)</source>
        <translation>%1 von %2 Benutzer(n)</translation>
    </message>
    <message>
        <source>%1 (%2) — not a member</source>
        <translation>%1 (%2) — kein Mitglied</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved and verified (audit entry %1).</source>
        <translation>Gespeichert und geprüft (Audit-Eintrag %1).</translation>
    </message>
    <message>
        <source>User search</source>
        <translation>Benutzersuche</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Gefundene Benutzer</translation>
    </message>
    <message>
        <source>app_metadata of the selected user</source>
        <translation>app_metadata des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>Organizations of the selected user</source>
        <translation>Organisationen des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>Default organization</source>
        <translation>Standardorganisation</translation>
    </message>
    <message>
        <source>Users can be searched once the profile above can use the Management API.</source>
        <translation>Benutzer können gesucht werden, sobald das Profil oben die Management API nutzen kann.</translation>
    </message>
    <message>
        <source>Search by user_id, e-mail, name or a Lucene query; an empty search lists the first users.</source>
        <translation>Suchen Sie nach user_id, E-Mail, Name oder mit einer Lucene-Abfrage; eine leere Suche listet die ersten Benutzer auf.</translation>
    </message>
    <message>
        <source>Searching users…</source>
        <translation>Benutzer werden gesucht…</translation>
    </message>
    <message>
        <source>Loading the organizations of %1…</source>
        <translation>Organisationen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s organizations…</source>
        <translation>Organisationen des Tenants werden geladen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Saving the default organization of %1…</source>
        <translation>Standardorganisation von %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading %1 back…</source>
        <translation>%1 wird zur Kontrolle erneut gelesen…</translation>
    </message>
    <message>
        <source>First users</source>
        <translation>Erste Benutzer</translation>
    </message>
    <message>
        <source>Search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1: %2 → %3

Only this key is changed; the change is recorded in the audit log.</source>
        <translation>app_metadata.default_org_id von %1: %2 → %3

Nur dieser Schlüssel wird geändert; die Änderung wird im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <source>Change the default organization of %1</source>
        <translation>Standardorganisation von %1 ändern</translation>
    </message>
    <message>
        <source>Clear default org</source>
        <translation>Standardorganisation entfernen</translation>
    </message>
    <message>
        <source>Set default org</source>
        <translation>Standardorganisation setzen</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::WriteConfirmation</name>
    <message>
        <source>Write to tenant %1?</source>
        <translation>In den Tenant %1 schreiben?</translation>
    </message>
    <message>
        <source>Write to tenant %1 (profile %2)?</source>
        <translation>In den Tenant %1 schreiben (Profil %2)?</translation>
    </message>
</context>
</TS>
