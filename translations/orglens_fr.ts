<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Inspect Auth0 tokens and tenants.</source>
        <translation>Inspecter les jetons et les tenants Auth0.</translation>
    </message>
    <message>
        <source>A token to open, or - to read it from standard input (safer: command lines are visible to other users of this computer).</source>
        <translation>Un jeton à ouvrir, ou - pour le lire sur l&apos;entrée standard (plus sûr : les lignes de commande sont visibles par les autres utilisateurs de cet ordinateur).</translation>
    </message>
    <message>
        <source>Start the built-in demo tenant on 127.0.0.1 and open the Login view on it.</source>
        <translation>Démarrer le tenant de démonstration intégré sur 127.0.0.1 et y ouvrir la vue Connexion.</translation>
    </message>
    <message>
        <source>Use this language (de, en, fr) instead of the system&apos;s or the saved one.</source>
        <translation>Utiliser cette langue (de, en, fr) au lieu de celle du système ou de celle enregistrée.</translation>
    </message>
    <message>
        <source>Other launches will open their own window: %1
</source>
        <translation>Les lancements suivants ouvriront leur propre fenêtre : %1
</translation>
    </message>
    <message>
        <source>The demo tenant did not start: %1
</source>
        <translation>Le tenant de démonstration n&apos;a pas démarré : %1
</translation>
    </message>
    <message>
        <source>Quit right after the main window is first painted (startup timing).</source>
        <translation>Quitter juste après le premier affichage de la fenêtre principale (mesure du démarrage).</translation>
    </message>
    <message>
        <source>Write a screenshot of every view into DIR.</source>
        <translation>Enregistrer une capture d&apos;écran de chaque vue dans DIR.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Start the demo tenant with these Actions (implies --demo): %1. File &gt; Demo tenant switches while it runs.</source>
        <translation>Démarrer le tenant de démonstration avec ces Actions (implique --demo) : %1. Fichier &gt; Tenant de démonstration en change pendant qu’il fonctionne.</translation>
    </message>
    <message>
        <source>--demo-actions must be one of %1, not &apos;%2&apos;.
</source>
        <translation>--demo-actions doit valoir l’un de %1, pas « %2 ».
</translation>
    </message>
</context>
<context>
    <name>orglens::CountingNetworkAccessManager</name>
    <message>
        <source>%1 could not be reached (%2)</source>
        <translation>%1 est injoignable (%2)</translation>
    </message>
</context>
<context>
    <name>orglens::DemoTenantWiring</name>
    <message>
        <source>Restart the demo tenant</source>
        <translation>Redémarrer le tenant de démonstration</translation>
    </message>
    <message>
        <source>Restart the demo tenant on %1 with “%2”?</source>
        <translation>Redémarrer le tenant de démonstration sur %1 avec « %2 » ?</translation>
    </message>
    <message>
        <source>The demo&apos;s logins, sessions, edits and logs are lost: the tenant starts again from the preset&apos;s seed data, at the same address.

%1</source>
        <translation>Les connexions, sessions, modifications et journaux de la démonstration sont perdus : le tenant repart des données initiales du préréglage, à la même adresse.

%1</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Tenant de démonstration</translation>
    </message>
    <message>
        <source>The demo tenant did not start with “%1”.</source>
        <translation>Le tenant de démonstration n’a pas démarré avec « %1 ».</translation>
    </message>
    <message>
        <source>Demo tenant restarted.</source>
        <translation>Tenant de démonstration redémarré.</translation>
    </message>
    <message>
        <source>Demo tenant started.</source>
        <translation>Tenant de démonstration démarré.</translation>
    </message>
</context>
<context>
    <name>orglens::FileLock</name>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <translation>impossible de créer le fichier de verrou %1 : %2</translation>
    </message>
</context>
<context>
    <name>orglens::KeychainSecretStore</name>
    <message>
        <source>The keychain refused the operation on &apos;%1&apos;: %2</source>
        <translation>Le trousseau a refusé l&apos;opération sur « %1 » : %2</translation>
    </message>
    <message>
        <source>The system keychain (QtKeychain, service &apos;%1&apos;) did not answer: %2</source>
        <translation>Le trousseau du système (QtKeychain, service « %1 ») n&apos;a pas répondu : %2</translation>
    </message>
</context>
<context>
    <name>orglens::ReplyLimits</name>
    <message>
        <source>the %1 from %2 is larger than OrgLens&apos;s limit of %3, so OrgLens stopped reading it: the server is not behaving like Auth0 (check the URL)</source>
        <translation>%1 de %2 dépasse la limite d&apos;OrgLens (%3), OrgLens a donc cessé de le lire : le serveur ne se comporte pas comme Auth0 (vérifiez l&apos;URL)</translation>
    </message>
    <message>
        <source>the %1 from %2 did not arrive within %3 s (the server answers too slowly or never finishes)</source>
        <translation>%1 de %2 n&apos;est pas arrivé en %3 s (le serveur répond trop lentement ou ne termine jamais)</translation>
    </message>
</context>
<context>
    <name>orglens::SecretStore</name>
    <message>
        <source>No keychain is running: secrets are kept in memory until OrgLens quits.</source>
        <translation>Aucun trousseau n&apos;est en cours d&apos;exécution : les secrets sont gardés en mémoire jusqu&apos;à la fermeture d&apos;OrgLens.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ActionsCommand</name>
    <message>
        <source>Generate the Auth0 Actions that add the organization: Post-Login and Custom Token Exchange.</source>
        <translation>Générer les Actions Auth0 qui ajoutent l&apos;organisation : Post-Login et Custom Token Exchange.</translation>
    </message>
    <message>
        <source>Generate the Actions.</source>
        <translation>Générer les Actions.</translation>
    </message>
    <message>
        <source>expected &apos;actions generate&apos;.</source>
        <translation>&apos;actions generate&apos; attendu.</translation>
    </message>
    <message>
        <source>--which must be post-login, token-exchange or both, not &quot;%1&quot;.</source>
        <translation>--which doit valoir post-login, token-exchange ou both, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no claim namespace: give --namespace https://&lt;your-domain&gt;/ or a profile with one.</source>
        <translation>aucun espace de noms de claims : indiquez --namespace https://&lt;votre-domaine&gt;/ ou un profil qui en définit un.</translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>%1 écrit : %2</translation>
    </message>
    <message>
        <source>post-login, token-exchange or both (default: both).</source>
        <translation>post-login, token-exchange ou les deux (par défaut : both).</translation>
    </message>
    <message>
        <source>Write post-login.js / token-exchange.js into DIR instead of printing.</source>
        <translation>Écrire post-login.js / token-exchange.js dans DIR au lieu de les afficher.</translation>
    </message>
    <message>
        <source>cannot create the directory %1.</source>
        <translation>impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
        <translation>« audit list » ou « audit undo ID » attendu.</translation>
    </message>
    <message>
        <source>Undone: %1 default_org_id %2 -&gt; %3 (audit entry %4)</source>
        <translation>Annulé : %1 default_org_id %2 -&gt; %3 (entrée d&apos;audit %4)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Undo even though the tenant was changed since the entry.</source>
        <translation>Annuler même si le tenant a été modifié depuis l&apos;entrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) written, %1</source>
        <translation>
            <numerusform>%n étape écrite, %1</numerusform>
            <numerusform>%n étapes écrites, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log of default_org_id changes and repairs: &apos;audit list&apos;, &apos;audit undo ID [--force]&apos;.</source>
        <translation>Le journal d&apos;audit des modifications de default_org_id et des réparations : &apos;audit list&apos;, &apos;audit undo ID [--force]&apos;.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Afficher l&apos;aide de cette commande.</translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli %1 --help&apos; for usage.</source>
        <translation>Lancez « orglens-cli %1 --help » pour l&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::CommandLine</name>
    <message>
        <source>Usage: orglens-cli &lt;command&gt; [options]</source>
        <translation>Utilisation : orglens-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>OrgLens command line: inspect, verify and compare Auth0 tokens.</source>
        <translation>Ligne de commande OrgLens : inspecter, vérifier et comparer des jetons Auth0.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Lancez « orglens-cli &lt;commande&gt; --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation>Codes de sortie : 0 succès, 1 l&apos;opération a échoué, 2 mauvaise utilisation ou entrée invalide.</translation>
    </message>
    <message>
        <source>orglens-cli: unknown command &apos;%1&apos;.</source>
        <translation>orglens-cli : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Run &apos;orglens-cli --help&apos; for the list of commands.</source>
        <translation>Lancez « orglens-cli --help » pour la liste des commandes.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DecodeCommand</name>
    <message>
        <source>Decode a token: header, claims explained, times, kind, warnings.</source>
        <translation>Décoder un jeton : en-tête, claims expliqués, dates, type, avertissements.</translation>
    </message>
    <message>
        <source>The token, or - (or nothing) to read standard input.</source>
        <translation>Le jeton, ou - (ou rien) pour lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>expected one token, got %1 arguments.</source>
        <translation>un jeton attendu, %1 arguments reçus.</translation>
    </message>
    <message>
        <source>--verify needs the keys: --issuer URL (the tenant&apos;s issuer) or --jwks FILE.</source>
        <translation>--verify a besoin des clés : --issuer URL (l&apos;émetteur du tenant) ou --jwks FICHIER.</translation>
    </message>
    <message>
        <source>--leeway takes a number of seconds, got &apos;%1&apos;.</source>
        <translation>--leeway attend un nombre de secondes, reçu « %1 ».</translation>
    </message>
    <message>
        <source>--batch reads tokens from standard input; do not pass a token argument.</source>
        <translation>--batch lit les jetons sur l&apos;entrée standard ; ne passez pas de jeton en argument.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Print one JSON object (documented in the README).</source>
        <translation>Afficher un objet JSON (documenté dans le README).</translation>
    </message>
    <message>
        <source>Read one token per line from standard input; print one JSON object per line. A bad line gives an error object and the batch goes on.</source>
        <translation>Lire un jeton par ligne sur l&apos;entrée standard ; afficher un objet JSON par ligne. Une ligne erronée donne un objet d&apos;erreur et le traitement continue.</translation>
    </message>
    <message>
        <source>Check the signature and validate iss, aud, exp, nbf and azp; needs --issuer or --jwks. Exit code 1 when the token is not genuine or not valid.</source>
        <translation>Vérifier la signature et valider iss, aud, exp, nbf et azp ; nécessite --issuer ou --jwks. Code de sortie 1 si le jeton n&apos;est pas authentique ou pas valide.</translation>
    </message>
    <message>
        <source>The tenant&apos;s issuer (https://TENANT/); its keys come from its discovery document. Never from a URL inside the token.</source>
        <translation>L&apos;émetteur (issuer) du tenant (https://TENANT/) ; ses clés viennent de son document de découverte. Jamais d&apos;une URL contenue dans le jeton.</translation>
    </message>
    <message>
        <source>Verify with the keys in this JWKS file.</source>
        <translation>Vérifier avec les clés de ce fichier JWKS.</translation>
    </message>
    <message>
        <source>Expected audience (repeatable); checked with --verify.</source>
        <translation>Audience attendue (répétable) ; vérifiée avec --verify.</translation>
    </message>
    <message>
        <source>Expected authorized party (azp); checked with --verify.</source>
        <translation>Partie autorisée attendue (azp) ; vérifiée avec --verify.</translation>
    </message>
    <message>
        <source>Clock skew allowed for exp and nbf, in seconds (default 60).</source>
        <translation>Décalage d&apos;horloge toléré pour exp et nbf, en secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>not checked: pass --verify with --issuer URL or --jwks FILE</source>
        <translation>non vérifié : utilisez --verify avec --issuer URL ou --jwks FICHIER</translation>
    </message>
    <message>
        <source>valid (%1, kid %2)</source>
        <translation>valide (%1, kid %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>INVALIDE : %1</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DemoTenantCommand</name>
    <message>
        <source>Port on 127.0.0.1 (0: a free one).</source>
        <translation>Port sur 127.0.0.1 (0 : un port libre).</translation>
    </message>
    <message>
        <source>Add N synthetic users.</source>
        <translation>Ajouter N utilisateurs synthétiques.</translation>
    </message>
    <message>
        <source>Namespace of the Action&apos;s custom claim.</source>
        <translation>Espace de noms du claim personnalisé de l&apos;Action.</translation>
    </message>
    <message>
        <source>Turn off the simulated device-flow Post-Login Action.</source>
        <translation>Désactiver l&apos;Action Post-Login simulée du flux d&apos;appareil.</translation>
    </message>
    <message>
        <source>Turn on allow_organization_name_in_authentication_api.</source>
        <translation>Activer allow_organization_name_in_authentication_api.</translation>
    </message>
    <message>
        <source>Share (0..1) of Management API requests answered 500.</source>
        <translation>Part (0..1) des requêtes à la Management API qui reçoivent une réponse 500.</translation>
    </message>
    <message>
        <source>Seed of the fault injection.</source>
        <translation>Graine de l&apos;injection de fautes.</translation>
    </message>
    <message>
        <source>Added latency per Management API request, in ms.</source>
        <translation>Latence ajoutée par requête à la Management API, en ms.</translation>
    </message>
    <message>
        <source>Management API requests per second.</source>
        <translation>Requêtes à la Management API par seconde.</translation>
    </message>
    <message>
        <source>Device flow polling interval, in seconds.</source>
        <translation>Intervalle d&apos;interrogation du flux d&apos;appareil, en secondes.</translation>
    </message>
    <message>
        <source>Run the built-in Auth0-compatible demo tenant on 127.0.0.1.</source>
        <translation>Exécuter le tenant de démonstration intégré, compatible Auth0, sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 doit être un nombre de %2 à %3, pas « %4 ».</translation>
    </message>
    <message>
        <source>--namespace must be an http(s) URL such as https://orglens.example/, not &apos;%1&apos;.</source>
        <translation>--namespace doit être une URL http(s) telle que https://orglens.example/, pas « %1 ».</translation>
    </message>
    <message>
        <source>Describe each preset of --actions and exit.</source>
        <translation>Décrire chaque préréglage de --actions et quitter.</translation>
    </message>
    <message>
        <source>--actions must be one of %1, not &apos;%2&apos;.</source>
        <translation>--actions doit valoir l&apos;un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>Actions the tenant starts with: builtin, article, decoded, fixed or none (see --help-actions).</source>
        <translation>Actions avec lesquelles le tenant démarre : builtin, article, decoded, fixed ou none (voir --help-actions).</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DiffCommand</name>
    <message>
        <source>Compare two tokens claim by claim (e.g. before and after a token exchange).</source>
        <translation>Comparer deux jetons claim par claim (par exemple avant et après un échange de jetons).</translation>
    </message>
    <message>
        <source>The first token, or - for standard input.</source>
        <translation>Le premier jeton, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The second token, or - for standard input.</source>
        <translation>Le second jeton, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>expected two tokens (A and B), got %1.</source>
        <translation>deux jetons (A et B) attendus, %1 reçus.</translation>
    </message>
    <message>
        <source>only one of A and B can be read from standard input.</source>
        <translation>un seul de A et B peut être lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>token A</source>
        <translation>jeton A</translation>
    </message>
    <message>
        <source>token B</source>
        <translation>jeton B</translation>
    </message>
    <message>
        <source>Print {&quot;added&quot;, &quot;removed&quot;, &quot;changed&quot;, &quot;unchanged&quot;} as JSON.</source>
        <translation>Afficher {&quot;added&quot;, &quot;removed&quot;, &quot;changed&quot;, &quot;unchanged&quot;} en JSON.</translation>
    </message>
    <message>
        <source>Also list unchanged claims.</source>
        <translation>Lister aussi les claims inchangés.</translation>
    </message>
    <message>
        <source>items added: %1</source>
        <translation>éléments ajoutés : %1</translation>
    </message>
    <message>
        <source>items removed: %1</source>
        <translation>éléments supprimés : %1</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés, %4 inchangés</translation>
    </message>
    <message>
        <source> (volatile)</source>
        <translation> (volatile)</translation>
    </message>
</context>
<context>
    <name>orglens::cli::DoctorCommand</name>
    <message>
        <source>Also check this user (user_id): default organization, membership, recent logs.</source>
        <translation>Vérifier aussi cet utilisateur (user_id) : organisation par défaut, appartenance, journaux récents.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant : %1</translation>
    </message>
    <message>
        <source>(user %1)</source>
        <translation>(utilisateur %1)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correctif : %1</translation>
    </message>
    <message>
        <source>Probe %1: %2</source>
        <translation>Sonde %1 : %2</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s org_id pipeline: Actions, exchange profile, application, user, logs.</source>
        <translation>Vérifier la chaîne org_id du tenant : Actions, profil d&apos;échange, application, utilisateur, journaux.</translation>
    </message>
    <message>
        <source>expected no arguments; the tenant comes from the profile options.</source>
        <translation>aucun argument attendu ; le tenant vient des options de profil.</translation>
    </message>
    <message>
        <source>Run probes: &apos;actions&apos; runs the tenant&apos;s Actions through its test endpoint with test events (needs create:actions); &apos;exchange&apos; sends the tenant&apos;s token endpoint a forged subject token (needs the exchange application&apos;s secret); &apos;all&apos; runs both.</source>
        <translation>Lancer des sondes : &apos;actions&apos; exécute les Actions du tenant via son point de test avec des événements de test (nécessite create:actions) ; &apos;exchange&apos; envoie au point de jeton du tenant un jeton sujet falsifié (nécessite le secret de l&apos;application d&apos;échange) ; &apos;all&apos; lance les deux.</translation>
    </message>
    <message>
        <source>--probe must be actions, exchange or all, not &apos;%1&apos;.</source>
        <translation>--probe doit valoir actions, exchange ou all, pas « %1 ».</translation>
    </message>
    <message>
        <source>the exchange probe needs --exchange-client-id and --subject-token-type (or a profile with them).</source>
        <translation>la sonde d&apos;échange nécessite --exchange-client-id et --subject-token-type (ou un profil qui les contient).</translation>
    </message>
    <message>
        <source>the exchange probe needs the exchange application&apos;s secret: set ORGLENS_EXCHANGE_CLIENT_SECRET, or store it with &apos;profile set NAME --exchange-client-secret-stdin&apos;.</source>
        <translation>la sonde d&apos;échange nécessite le secret de l&apos;application d&apos;échange : définissez ORGLENS_EXCHANGE_CLIENT_SECRET, ou enregistrez-le avec &apos;profile set NAME --exchange-client-secret-stdin&apos;.</translation>
    </message>
    <message>
        <source>CRITICAL: %1.</source>
        <translation>CRITIQUE : %1.</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Sonde : %1</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ExchangeCommand</name>
    <message>
        <source>Custom Token Exchange of a subject token; shows the claim diff.</source>
        <translation>Custom Token Exchange d&apos;un jeton sujet ; affiche la comparaison des claims.</translation>
    </message>
    <message>
        <source>--subject-token is required (use - to read it from standard input).</source>
        <translation>--subject-token est obligatoire (utilisez - pour le lire sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>no token exchange application: give --exchange-client-id or set it in the profile.</source>
        <translation>aucune application d&apos;échange de jetons : indiquez --exchange-client-id ou définissez-la dans le profil.</translation>
    </message>
    <message>
        <source>no subject token type: give --subject-token-type or set it in the profile.</source>
        <translation>aucun type de jeton sujet : indiquez --subject-token-type ou définissez-le dans le profil.</translation>
    </message>
    <message>
        <source>no client secret: set ORGLENS_EXCHANGE_CLIENT_SECRET, or store it with &apos;profile set NAME --exchange-client-secret-stdin&apos;.</source>
        <translation>aucun secret client : définissez ORGLENS_EXCHANGE_CLIENT_SECRET, ou enregistrez-le avec « profile set NOM --exchange-client-secret-stdin ».</translation>
    </message>
    <message>
        <source>Warning: a token on the command line is visible to other users of this machine; prefer --subject-token - and standard input.</source>
        <translation>Avertissement : un jeton sur la ligne de commande est visible par les autres utilisateurs de cette machine ; préférez --subject-token - et l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>the subject token is empty.</source>
        <translation>le jeton sujet est vide.</translation>
    </message>
    <message>
        <source>No claim diff: %1 is not a JWT.</source>
        <translation>Pas de comparaison des claims : %1 n&apos;est pas un JWT.</translation>
    </message>
    <message>
        <source>the new access token</source>
        <translation>le nouveau jeton d&apos;accès</translation>
    </message>
    <message>
        <source>the subject token</source>
        <translation>le jeton sujet</translation>
    </message>
    <message>
        <source>Changes from the subject token:</source>
        <translation>Modifications par rapport au jeton sujet :</translation>
    </message>
    <message>
        <source>Print {&quot;response&quot;, &quot;decoded&quot;, &quot;diff&quot;}: the raw response, the decoded tokens and the claim diff.</source>
        <translation>Afficher {&quot;response&quot;, &quot;decoded&quot;, &quot;diff&quot;} : la réponse brute, les jetons décodés et la comparaison des claims.</translation>
    </message>
    <message>
        <source>The subject token; - reads it from standard input (recommended: a command line is visible to other users).</source>
        <translation>Le jeton sujet ; - le lit sur l&apos;entrée standard (recommandé : une ligne de commande est visible par les autres utilisateurs).</translation>
    </message>
    <message>
        <source>Organization id (or name).</source>
        <translation>Identifiant (ou nom) de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Authenticate with HTTP Basic (client_secret_basic) instead of the form.</source>
        <translation>S&apos;authentifier avec HTTP Basic (client_secret_basic) au lieu du formulaire.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ExplainCommand</name>
    <message>
        <source>Why does this token have no org_id? Findings with evidence and fixes.</source>
        <translation>Pourquoi ce jeton n&apos;a-t-il pas d&apos;org_id ? Constats avec éléments probants et correctifs.</translation>
    </message>
    <message>
        <source>The token, or - (default) for standard input.</source>
        <translation>Le jeton, ou - (par défaut) pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>expected at most one token.</source>
        <translation>un seul jeton au maximum est attendu.</translation>
    </message>
    <message>
        <source>no token: give it as an argument or on standard input.</source>
        <translation>aucun jeton : passez-le en argument ou sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Warning: a token on the command line is visible to other users of this machine; prefer - and standard input.</source>
        <translation>Avertissement : un jeton passé en ligne de commande est visible par les autres utilisateurs de cette machine ; préférez - et l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>token: %1</source>
        <translation>jeton : %1</translation>
    </message>
    <message>
        <source>unknown flow &apos;%1&apos;: use device, pkce, refresh, exchange, password or client-credentials.</source>
        <translation>flux inconnu &apos;%1&apos; : utilisez device, pkce, refresh, exchange, password ou client-credentials.</translation>
    </message>
    <message>
        <source>Note: could not read %1: %2</source>
        <translation>Remarque : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>The flow that produced the token: device, pkce, refresh, exchange, password or client-credentials.</source>
        <translation>Le flux qui a produit le jeton : device, pkce, refresh, exchange, password ou client-credentials.</translation>
    </message>
    <message>
        <source>Read the user, their organizations, the organizations the token names and the client with the profile&apos;s machine-to-machine application.</source>
        <translation>Lire l&apos;utilisateur, ses organisations, les organisations citées par le jeton et le client, avec l&apos;application machine-to-machine du profil.</translation>
    </message>
    <message>
        <source>Also write a hand-off report: JSON if FILE ends with .json, else Markdown.</source>
        <translation>Écrire aussi un rapport de transmission : JSON si FILE se termine par .json, sinon Markdown.</translation>
    </message>
    <message>
        <source>Put the token value into the report (never refresh tokens).</source>
        <translation>Inclure la valeur du jeton dans le rapport (jamais les jetons d&apos;actualisation).</translation>
    </message>
    <message>
        <source>Verdict: the token has org_id.</source>
        <translation>Verdict : le jeton contient org_id.</translation>
    </message>
    <message>
        <source>Verdict: the token has no org_id, and no rule found why.</source>
        <translation>Verdict : le jeton ne contient pas org_id, et aucune règle n&apos;en a trouvé la raison.</translation>
    </message>
    <message>
        <source>Verdict: the token has no org_id. Most likely: %1 (%2).</source>
        <translation>Verdict : le jeton ne contient pas org_id. Cause la plus probable : %1 (%2).</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>Evidence: + supports, - rules out, ? missing (what would settle it).</source>
        <translation>Éléments : + confirme, - exclut, ? manquant (ce qui permettrait de trancher).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Run the tenant doctor (read-only; with --probe also its probes) and use its checklist as evidence.</source>
        <translation>Exécuter le docteur du tenant (en lecture seule ; avec --probe, aussi ses sondes) et utiliser sa liste de contrôle comme élément de preuve.</translation>
    </message>
    <message>
        <source>--probe runs with the tenant doctor: add --check-tenant.</source>
        <translation>--probe s’exécute avec le docteur du tenant : ajoutez --check-tenant.</translation>
    </message>
    <message>
        <source>The tenant doctor&apos;s checklist:</source>
        <translation>La liste de contrôle du docteur du tenant :</translation>
    </message>
</context>
<context>
    <name>orglens::cli::LoginCommand</name>
    <message>
        <source>Log in with the device flow or authorization code + PKCE.</source>
        <translation>Se connecter avec le flux d&apos;appareil ou avec authorization code + PKCE.</translation>
    </message>
    <message>
        <source>device or pkce.</source>
        <translation>device ou pkce.</translation>
    </message>
    <message>
        <source>expected &apos;login device&apos; or &apos;login pkce&apos;.</source>
        <translation>« login device » ou « login pkce » attendu.</translation>
    </message>
    <message>
        <source>no native application: give --client-id or set it in the profile.</source>
        <translation>aucune application native : indiquez --client-id ou définissez-la dans le profil.</translation>
    </message>
    <message>
        <source>To log in, open %1 and enter the code %2</source>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code %2</translation>
    </message>
    <message>
        <source>or open %1</source>
        <translation>ou ouvrez %1</translation>
    </message>
    <message>
        <source>Note: the device flow does not support Organizations; tokens will have no org_id.</source>
        <translation>Remarque : le flux d&apos;appareil ne prend pas en charge les organisations ; les jetons n&apos;auront pas d&apos;org_id.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout doit être un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>Open this URL in a browser to log in:</source>
        <translation>Ouvrez cette URL dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>Opened the browser. If it did not open, visit:</source>
        <translation>Le navigateur a été ouvert. S&apos;il ne s&apos;est pas ouvert, visitez :</translation>
    </message>
    <message>
        <source>Waiting for the login...</source>
        <translation>En attente de la connexion…</translation>
    </message>
    <message>
        <source>The code expires in %1. Waiting...</source>
        <translation>Le code expire dans %1. En attente…</translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded tokens.</source>
        <translation>Afficher la réponse de jeton brute et les jetons décodés.</translation>
    </message>
    <message>
        <source>Organization id (or name).</source>
        <translation>Identifiant (ou nom) de l&apos;organisation.</translation>
    </message>
    <message>
        <source>pkce: print the login URL instead of opening a browser.</source>
        <translation>pkce : afficher l&apos;URL de connexion au lieu d&apos;ouvrir un navigateur.</translation>
    </message>
    <message>
        <source>pkce: loopback port (default: any free port).</source>
        <translation>pkce : port de bouclage (par défaut : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>pkce: connection name.</source>
        <translation>pkce : nom de la connexion.</translation>
    </message>
    <message>
        <source>pkce: prompt (login, consent, none).</source>
        <translation>pkce : prompt (login, consent, none).</translation>
    </message>
    <message>
        <source>pkce: login_hint (email).</source>
        <translation>pkce : login_hint (e-mail).</translation>
    </message>
    <message>
        <source>pkce: seconds to wait for the login (300).</source>
        <translation>pkce : secondes d&apos;attente de la connexion (300).</translation>
    </message>
    <message>
        <source>Warning: could not store the refresh token: %1</source>
        <translation>Avertissement : le jeton de rafraîchissement n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ManagementSession</name>
    <message>
        <source>no machine-to-machine application: give --mgmt-client-id or set it in the profile.</source>
        <translation>aucune application machine à machine : indiquez --mgmt-client-id ou définissez-la dans le profil.</translation>
    </message>
    <message>
        <source>no client secret for %1: set ORGLENS_MGMT_CLIENT_SECRET, or store it with &apos;profile set NAME --mgmt-client-secret-stdin&apos;.</source>
        <translation>aucun secret client pour %1 : définissez ORGLENS_MGMT_CLIENT_SECRET, ou enregistrez-le avec « profile set NOM --mgmt-client-secret-stdin ».</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::OrgsCommand</name>
    <message>
        <source>Organizations: &apos;orgs list&apos;, &apos;orgs get ID|NAME&apos;.</source>
        <translation>Organisations : « orgs list », « orgs get ID|NOM ».</translation>
    </message>
    <message>
        <source>list | get ID|NAME</source>
        <translation>list | get ID|NOM</translation>
    </message>
    <message>
        <source>expected &apos;orgs list&apos; or &apos;orgs get ID|NAME&apos;.</source>
        <translation>« orgs list » ou « orgs get ID|NOM » attendu.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::PreflightCommand</name>
    <message>
        <source>Predict whether a login will produce org_id, and why not.</source>
        <translation>Prédire si une connexion produira org_id, et sinon pourquoi.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>give --flow device|pkce|client-credentials|refresh|exchange|password.</source>
        <translation>indiquez --flow device|pkce|client-credentials|refresh|exchange|password.</translation>
    </message>
    <message>
        <source>device, pkce, client-credentials, refresh, exchange or password.</source>
        <translation>device, pkce, client-credentials, refresh, exchange ou password.</translation>
    </message>
    <message>
        <source>The organization parameter the login will send (id or name).</source>
        <translation>Le paramètre organization que la connexion enverra (id ou nom).</translation>
    </message>
    <message>
        <source>The user who will log in (user_id): read with the Management API.</source>
        <translation>L&apos;utilisateur qui va se connecter (user_id) : lu via la Management API.</translation>
    </message>
    <message>
        <source>Note: could not read %1: %2</source>
        <translation>Remarque : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>Flux : %1</translation>
    </message>
    <message>
        <source>org_id: %1</source>
        <translation>org_id : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Auth0 will refuse this login.</source>
        <translation>Auth0 refusera cette connexion.</translation>
    </message>
    <message>
        <source>Blocking reasons:</source>
        <translation>Motifs de blocage :</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correctif : %1</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Hypothèses :</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ProfileCommand</name>
    <message>
        <source>Manage tenant profiles: add, set, list, show, remove.</source>
        <translation>Gérer les profils de tenant : add, set, list, show, remove.</translation>
    </message>
    <message>
        <source>add, set, list, show or remove.</source>
        <translation>add, set, list, show ou remove.</translation>
    </message>
    <message>
        <source>The profile name (not for list).</source>
        <translation>Le nom du profil (pas pour list).</translation>
    </message>
    <message>
        <source>&apos;profile list&apos; takes no name.</source>
        <translation>« profile list » ne prend pas de nom.</translation>
    </message>
    <message>
        <source>expected &apos;profile %1 NAME&apos;.</source>
        <translation>« profile %1 NOM » attendu.</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; exists; change it with &apos;profile set&apos;.</source>
        <translation>le profil « %1 » existe ; modifiez-le avec « profile set ».</translation>
    </message>
    <message>
        <source>a profile needs --issuer URL or --domain DOMAIN.</source>
        <translation>un profil a besoin de --issuer URL ou --domain DOMAINE.</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; in %2.</source>
        <translation>Profil « %1 » enregistré dans %2.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos;.</source>
        <translation>il n&apos;y a pas de profil « %1 ».</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its stored secrets.</source>
        <translation>Profil « %1 » et ses secrets enregistrés supprimés.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, set, list, show or remove.</source>
        <translation>action inconnue « %1 » : utilisez add, set, list, show ou remove.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Read the Management API client secret from standard input (first line) and store it in the keychain.</source>
        <translation>Lire le secret client de la Management API sur l&apos;entrée standard (première ligne) et l&apos;enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>Read the token exchange client secret from standard input (next line) and store it in the keychain.</source>
        <translation>Lire le secret client de l&apos;échange de jetons sur l&apos;entrée standard (ligne suivante) et l&apos;enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>Without a keychain, keep the secrets in memory for this command only (they are forgotten when it ends) instead of failing.</source>
        <translation>Sans trousseau, garder les secrets en mémoire pour cette commande seulement (ils sont oubliés à sa fin) au lieu d&apos;échouer.</translation>
    </message>
    <message>
        <source>Could not store the %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Error: the %1 of profile &apos;%2&apos; was not stored: no keychain is running, so it would be forgotten when this command ends. Start a keychain (the Secret Service: gnome-keyring or KWallet) and run the command again, or add --memory-only to accept that; the profile&apos;s other fields were saved.</source>
        <translation>Erreur : %1 du profil « %2 » n&apos;a pas été enregistré : aucun trousseau n&apos;est actif, il serait donc oublié à la fin de cette commande. Démarrez un trousseau (le Secret Service : gnome-keyring ou KWallet) et relancez la commande, ou ajoutez --memory-only pour l&apos;accepter ; les autres champs du profil ont été enregistrés.</translation>
    </message>
    <message>
        <source>Stored the %1 of profile &apos;%2&apos; (%3).</source>
        <translation>%1 du profil « %2 » enregistré (%3).</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>memory only</source>
        <translation>en mémoire uniquement</translation>
    </message>
</context>
<context>
    <name>orglens::cli::ProfileOptions</name>
    <message>
        <source>give either --issuer or --domain, not both.</source>
        <translation>indiquez soit --issuer soit --domain, pas les deux.</translation>
    </message>
    <message>
        <source>no tenant given: use --profile NAME, or --issuer URL / --domain DOMAIN.</source>
        <translation>aucun tenant indiqué : utilisez --profile NOM, ou --issuer URL / --domain DOMAINE.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Utiliser le profil enregistré NAME.</translation>
    </message>
    <message>
        <source>Tenant issuer (https://&lt;domain&gt;/; http:// only for 127.0.0.1/localhost).</source>
        <translation>Émetteur du tenant (https://&lt;domaine&gt;/ ; http:// seulement pour 127.0.0.1/localhost).</translation>
    </message>
    <message>
        <source>Tenant domain (same as --issuer https://DOMAIN/).</source>
        <translation>Domaine du tenant (comme --issuer https://DOMAIN/).</translation>
    </message>
    <message>
        <source>Native application (device flow, PKCE).</source>
        <translation>Application native (flux d&apos;appareil, PKCE).</translation>
    </message>
    <message>
        <source>API audience.</source>
        <translation>Audience de l&apos;API.</translation>
    </message>
    <message>
        <source>Scopes, space separated.</source>
        <translation>Portées (scopes), séparées par des espaces.</translation>
    </message>
    <message>
        <source>Custom-claim namespace.</source>
        <translation>Espace de noms des claims personnalisés.</translation>
    </message>
    <message>
        <source>Machine-to-machine application for the Management API.</source>
        <translation>Application machine à machine pour la Management API.</translation>
    </message>
    <message>
        <source>Application for Custom Token Exchange.</source>
        <translation>Application pour le Custom Token Exchange.</translation>
    </message>
    <message>
        <source>subject_token_type of the token exchange profile.</source>
        <translation>subject_token_type du profil d&apos;échange de jetons.</translation>
    </message>
    <message>
        <source>The tenant allows organization names in the Authentication API.</source>
        <translation>Le tenant autorise les noms d&apos;organisation dans l&apos;Authentication API.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Token type:     %1</source>
        <translation>Type de jeton :   %1</translation>
    </message>
    <message>
        <source>Expires in:     %1 s</source>
        <translation>Expire dans :     %1 s</translation>
    </message>
    <message>
        <source>Scope:          %1</source>
        <translation>Portée (scope) :  %1</translation>
    </message>
    <message>
        <source>Issued type:    %1</source>
        <translation>Type émis :       %1</translation>
    </message>
    <message>
        <source>ID token:       %1</source>
        <translation>Jeton d&apos;identité : %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Refresh token:  %1</source>
        <translation>Jeton de rafraîchissement : %1</translation>
    </message>
    <message>
        <source>(from the token cache)</source>
        <translation>(depuis le cache de jetons)</translation>
    </message>
    <message>
        <source>Access token claims (use --json for the tokens themselves):</source>
        <translation>Claims du jeton d&apos;accès (--json pour les jetons eux-mêmes) :</translation>
    </message>
    <message>
        <source>The access token is not a JWT (opaque: request an API audience to get a JWT).</source>
        <translation>Le jeton d&apos;accès n&apos;est pas un JWT (opaque : demandez une audience d&apos;API pour obtenir un JWT).</translation>
    </message>
    <message>
        <source>Note: %1 Nothing was saved: the secret is gone when this command ends (%2).</source>
        <translation>Remarque : %1 Rien n&apos;a été enregistré : le secret disparaît à la fin de cette commande (%2).</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RefreshCommand</name>
    <message>
        <source>Use the stored refresh token (rotation replaces it).</source>
        <translation>Utiliser le jeton de rafraîchissement enregistré (la rotation le remplace).</translation>
    </message>
    <message>
        <source>The refresh token was rotated; the new one replaces the stored one.</source>
        <translation>Le jeton de rafraîchissement a été renouvelé ; le nouveau remplace celui enregistré.</translation>
    </message>
    <message>
        <source>Warning: could not store the rotated refresh token: %1</source>
        <translation>Avertissement : le jeton de rafraîchissement renouvelé n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The refresh token was rotated and the new one is not stored (%1): the old one no longer works. Keep the new one, printed below, and give it to the next &apos;refresh --stdin&apos;.</source>
        <translation>Le jeton de rafraîchissement a été renouvelé et le nouveau n&apos;est pas enregistré (%1) : l&apos;ancien ne fonctionne plus. Conservez le nouveau, affiché ci-dessous, et donnez-le au prochain « refresh --stdin ».</translation>
    </message>
    <message>
        <source>it came from standard input</source>
        <translation>il venait de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no keychain is running</source>
        <translation>aucun trousseau n&apos;est actif</translation>
    </message>
    <message>
        <source>New refresh token: %1</source>
        <translation>Nouveau jeton de rafraîchissement : %1</translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded tokens.</source>
        <translation>Afficher la réponse de jeton brute et les jetons décodés.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RefreshTokenCommand</name>
    <message>
        <source>Read the refresh token from standard input instead of the keychain entry of the profile.</source>
        <translation>Lire le jeton de rafraîchissement sur l&apos;entrée standard au lieu de l&apos;entrée du trousseau du profil.</translation>
    </message>
    <message>
        <source>No refresh token is stored for profile &apos;%1&apos;%2: run &apos;login&apos; with --scope &apos;openid offline_access&apos; first, or pass one with --stdin.</source>
        <translation>Aucun jeton de rafraîchissement n&apos;est enregistré pour le profil « %1 »%2 : lancez d&apos;abord « login » avec --scope &apos;openid offline_access&apos;, ou passez-en un avec --stdin.</translation>
    </message>
    <message>
        <source>tokens are never taken from the command line: use --stdin or a profile.</source>
        <translation>les jetons ne sont jamais lus sur la ligne de commande : utilisez --stdin ou un profil.</translation>
    </message>
    <message>
        <source>no native application: give --client-id or set it in the profile.</source>
        <translation>aucune application native : indiquez --client-id ou définissez-la dans le profil.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RepairCommand</name>
    <message>
        <source>Also check this user (user_id) and, with --set-default-org, set their default organization.</source>
        <translation>Vérifier aussi cet utilisateur (user_id) et, avec --set-default-org, définir son organisation par défaut.</translation>
    </message>
    <message>
        <source>Set the user&apos;s app_metadata.default_org_id: to --org, or to their only organization.</source>
        <translation>Définir app_metadata.default_org_id de l&apos;utilisateur : sur --org, ou sur sa seule organisation.</translation>
    </message>
    <message>
        <source>The organization id for --set-default-org.</source>
        <translation>L&apos;identifiant d&apos;organisation pour --set-default-org.</translation>
    </message>
    <message>
        <source>Where OrgLens&apos;s post-login binding goes among the others: first, last (the default) or a 0-based index.</source>
        <translation>Où placer la liaison post-login d&apos;OrgLens parmi les autres : first, last (par défaut) ou un index à partir de 0.</translation>
    </message>
    <message>
        <source>Unbind this post-login Action (name or id), e.g. one the plan lists as setting an org claim too. Repeatable.</source>
        <translation>Délier cette Action post-login (nom ou id), p. ex. une que le plan signale comme définissant aussi un claim d&apos;organisation. Répétable.</translation>
    </message>
    <message>
        <source>Print the plan and write nothing (the default).</source>
        <translation>Afficher le plan sans rien écrire (par défaut).</translation>
    </message>
    <message>
        <source>Print the HTTP requests the repair would send; write nothing.</source>
        <translation>Afficher les requêtes HTTP que la réparation enverrait ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Apply the plan (needs --yes).</source>
        <translation>Appliquer le plan (nécessite --yes).</translation>
    </message>
    <message>
        <source>Confirm --apply: write to the tenant the plan names.</source>
        <translation>Confirmer --apply : écrire dans le tenant nommé par le plan.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>will do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>Repair plan for tenant %1 (profile %2)</source>
        <translation>Plan de réparation pour le tenant %1 (profil %2)</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope : %1</translation>
    </message>
    <message>
        <source>Unbinds: %1</source>
        <translation>Délie : %1</translation>
    </message>
    <message>
        <source>Stays bound (unbind with --unbind &quot;%1&quot;): %2</source>
        <translation>Reste liée (délier avec --unbind &quot;%1&quot;) : %2</translation>
    </message>
    <message>
        <source>Nothing to do: every step is already in the right state.</source>
        <translation>Rien à faire : chaque étape est déjà dans le bon état.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The doctor, before → after:</source>
        <translation>Le diagnostic, avant → après :</translation>
    </message>
    <message>
        <source>--position must be first, last or a 0-based index, not &apos;%1&apos;.</source>
        <translation>--position doit être first, last ou un index à partir de 0, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Fix the tenant&apos;s org_id pipeline: plan, apply (one audit entry), undo with &apos;audit undo ID&apos;.</source>
        <translation>Réparer la chaîne org_id du tenant : planifier, appliquer (une entrée d&apos;audit), annuler avec &apos;audit undo ID&apos;.</translation>
    </message>
    <message>
        <source>expected no arguments; the tenant comes from the profile options.</source>
        <translation>aucun argument attendu ; le tenant vient des options de profil.</translation>
    </message>
    <message>
        <source>--apply cannot be combined with --plan or --dry-run.</source>
        <translation>--apply ne peut pas être combiné avec --plan ou --dry-run.</translation>
    </message>
    <message>
        <source>--apply writes to the tenant: read the plan (--plan), then add --yes.</source>
        <translation>--apply écrit dans le tenant : lisez le plan (--plan), puis ajoutez --yes.</translation>
    </message>
    <message>
        <source>--set-default-org needs --user.</source>
        <translation>--set-default-org nécessite --user.</translation>
    </message>
    <message>
        <source>repair runs the doctor with --probe actions only; probe the exchange with &apos;doctor --probe exchange&apos; after the repair.</source>
        <translation>repair exécute le diagnostic avec --probe actions seulement ; sondez l&apos;échange avec &apos;doctor --probe exchange&apos; après la réparation.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>orglens::cli::RevokeCommand</name>
    <message>
        <source>Revoke the stored refresh token and forget it.</source>
        <translation>Révoquer le jeton de rafraîchissement enregistré et l&apos;oublier.</translation>
    </message>
    <message>
        <source>The refresh token was revoked.</source>
        <translation>Le jeton de rafraîchissement a été révoqué.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::TokenCommand</name>
    <message>
        <source>Get a client-credentials token (Management API unless --audience).</source>
        <translation>Obtenir un jeton client-credentials (Management API sauf avec --audience).</translation>
    </message>
    <message>
        <source>client-credentials</source>
        <translation>client-credentials</translation>
    </message>
    <message>
        <source>expected &apos;token client-credentials&apos;.</source>
        <translation>« token client-credentials » attendu.</translation>
    </message>
    <message>
        <source>no machine-to-machine application: give --mgmt-client-id or set it in the profile.</source>
        <translation>aucune application machine à machine : indiquez --mgmt-client-id ou définissez-la dans le profil.</translation>
    </message>
    <message>
        <source>no client secret: set ORGLENS_MGMT_CLIENT_SECRET, or store it with &apos;profile set NAME --mgmt-client-secret-stdin&apos;.</source>
        <translation>aucun secret client : définissez ORGLENS_MGMT_CLIENT_SECRET, ou enregistrez-le avec « profile set NOM --mgmt-client-secret-stdin ».</translation>
    </message>
    <message>
        <source>Print the raw token response and the decoded token.</source>
        <translation>Afficher la réponse brute et le jeton décodé.</translation>
    </message>
    <message>
        <source>Organization id (or name): an M2M token with org_id.</source>
        <translation>Identifiant (ou nom) de l&apos;organisation : un jeton M2M avec org_id.</translation>
    </message>
    <message>
        <source>Authenticate with HTTP Basic (client_secret_basic) instead of the form.</source>
        <translation>S&apos;authentifier avec HTTP Basic (client_secret_basic) au lieu du formulaire.</translation>
    </message>
</context>
<context>
    <name>orglens::cli::TokenInput</name>
    <message>
        <source>Note: %1: %2</source>
        <translation>Remarque : %1 : %2</translation>
    </message>
</context>
<context>
    <name>orglens::cli::UsersCommand</name>
    <message>
        <source>Users: get ID, search QUERY, by-email EMAIL, orgs ID, set-default-org USER ORG, bulk-set-default-org FILE.csv.</source>
        <translation>Utilisateurs : get ID, search REQUÊTE, by-email E-MAIL, orgs ID, set-default-org UTILISATEUR ORG, bulk-set-default-org FICHIER.csv.</translation>
    </message>
    <message>
        <source>get ID | search QUERY | by-email EMAIL | orgs ID | set-default-org USER ORG | bulk-set-default-org FILE</source>
        <translation>get ID | search REQUÊTE | by-email E-MAIL | orgs ID | set-default-org UTILISATEUR ORG | bulk-set-default-org FICHIER</translation>
    </message>
    <message>
        <source>expected one of: users get ID, users search QUERY, users by-email EMAIL, users orgs ID, users set-default-org USER ORG, users bulk-set-default-org FILE.</source>
        <translation>attendu : users get ID, users search REQUÊTE, users by-email E-MAIL, users orgs ID, users set-default-org UTILISATEUR ORG ou users bulk-set-default-org FICHIER.</translation>
    </message>
    <message>
        <source>%1 of %2 user(s)</source>
        <translation>%1 sur %2 utilisateur(s)</translation>
    </message>
    <message>
        <source>expected &apos;users set-default-org USER --clear&apos;.</source>
        <translation>« users set-default-org UTILISATEUR --clear » attendu.</translation>
    </message>
    <message>
        <source>expected &apos;users set-default-org USER ORG&apos; (or USER --clear).</source>
        <translation>« users set-default-org UTILISATEUR ORG » (ou UTILISATEUR --clear) attendu.</translation>
    </message>
    <message>
        <source>%1: app_metadata.default_org_id %2 -&gt; %3</source>
        <translation>%1 : app_metadata.default_org_id %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Warning: %1 is not a member of %2 (--allow-non-member).</source>
        <translation>Avertissement : %1 n&apos;est pas membre de %2 (--allow-non-member).</translation>
    </message>
    <message>
        <source>dry run, nothing changed</source>
        <translation>essai à blanc, rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>already set, nothing to do</source>
        <translation>déjà défini, rien à faire</translation>
    </message>
    <message>
        <source>(done, verified; audit entry %1)</source>
        <translation>(fait, vérifié ; entrée d&apos;audit %1)</translation>
    </message>
    <message>
        <source>expected &apos;users bulk-set-default-org FILE.csv&apos;.</source>
        <translation>« users bulk-set-default-org FICHIER.csv » attendu.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency doit être un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2 %3 -&gt; %4%5</source>
        <translation>ligne %1 : %2 %3 -&gt; %4%5</translation>
    </message>
    <message>
        <source>  (already set, skip)</source>
        <translation>  (déjà défini, ignoré)</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) would change; nothing was changed (%3 Management API requests).</source>
        <translation>Essai à blanc : %1 ligne(s) sur %2 changeraient ; rien n&apos;a été modifié (%3 requêtes à la Management API).</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, ETA %4 s</source>
        <translation>%1/%2 lignes, %3 lignes/s, reste %4 s</translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3: %4</source>
        <translation>ligne %1 : %2 -&gt; %3 : %4</translation>
    </message>
    <message>
        <source>--page must be a whole number from 0 (the first page).</source>
        <translation>--page doit être un nombre entier à partir de 0 (la première page).</translation>
    </message>
    <message>
        <source>--per-page must be a number from 1 to 100.</source>
        <translation>--per-page doit être un nombre de 1 à 100.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <source>Applied %1, skipped %2, failed %3, not started %4 in %5 s (%6 Management API requests). Journal: %7</source>
        <translation>Appliquées %1, ignorées %2, en échec %3, non commencées %4 en %5 s (%6 requêtes à la Management API). Journal : %7</translation>
    </message>
    <message>
        <source>Membership in %1 (%2 members): checked per user for the %3 user(s) of the CSV, %4 request(s) instead of %5 to read the member list.</source>
        <translation>Appartenance à %1 (%2 membres) : vérifiée utilisateur par utilisateur pour les %3 utilisateur(s) du CSV, %4 requête(s) au lieu de %5 pour lire la liste des membres.</translation>
    </message>
    <message>
        <source>Membership in %1 (%2 members): read from the member list for the %3 user(s) of the CSV, %4 request(s) instead of %5 to check each user.</source>
        <translation>Appartenance à %1 (%2 membres) : lue dans la liste des membres pour les %3 utilisateur(s) du CSV, %4 requête(s) au lieu de %5 pour vérifier chaque utilisateur.</translation>
    </message>
    <message>
        <source>set-default-org: delete the key instead.</source>
        <translation>set-default-org : supprimer la clé à la place.</translation>
    </message>
    <message>
        <source>Allow an organization the user is not a member of.</source>
        <translation>Autoriser une organisation dont l&apos;utilisateur n&apos;est pas membre.</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Montrer ce qui changerait ; ne rien modifier.</translation>
    </message>
    <message>
        <source>bulk: continue an interrupted run.</source>
        <translation>bulk : reprendre une exécution interrompue.</translation>
    </message>
    <message>
        <source>bulk: the journal file (default: the CSV file name + .journal).</source>
        <translation>bulk : le fichier journal (par défaut : le nom du fichier CSV + .journal).</translation>
    </message>
    <message>
        <source>bulk: PATCHes in flight (default 4).</source>
        <translation>bulk : requêtes PATCH simultanées (4 par défaut).</translation>
    </message>
    <message>
        <source>search: page (0-based).</source>
        <translation>search : page (à partir de 0).</translation>
    </message>
    <message>
        <source>search: results per page (at most 100).</source>
        <translation>search : résultats par page (100 au plus).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 row(s) are not valid; nothing was changed:</source>
        <translation>%1 ligne(s) invalide(s) ; rien n&apos;a été modifié :</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 row(s) were changed but have no audit entry (see their detail); --resume writes the entries once the audit log can be written.</source>
        <translation>%1 ligne(s) ont été modifiées mais n&apos;ont pas d&apos;entrée d&apos;audit (voir leur détail) ; --resume écrit les entrées dès que le journal d&apos;audit peut être écrit.</translation>
    </message>
</context>
<context>
    <name>orglens::demo</name>
    <message>
        <source>Demo tenant</source>
        <translation>Tenant de démonstration</translation>
    </message>
    <message>
        <source>This is the built-in demo tenant: log in as %1 with the password %2.</source>
        <translation>Ceci est le tenant de démonstration intégré : connectez-vous en tant que %1 avec le mot de passe %2.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::ActionPresets</name>
    <message>
        <source>No Actions deployed: the tenant itself adds the namespaced org claim on device logins and verifies subject tokens before an exchange.</source>
        <translation>Aucune Action déployée : le tenant ajoute lui-même le claim d&apos;organisation avec espace de noms lors des connexions par appareil et vérifie les jetons sujets avant un échange.</translation>
    </message>
    <message>
        <source>The support article&apos;s Actions as published: the org claim only on device logins, and an exchange whose placeholder validateToken accepts any subject token.</source>
        <translation>Les Actions de l&apos;article du support telles que publiées : le claim d&apos;organisation seulement lors des connexions par appareil, et un échange dont le validateToken provisoire accepte n&apos;importe quel jeton sujet.</translation>
    </message>
    <message>
        <source>The article&apos;s Post-Login Action and an exchange that decodes the subject token without verifying it: forged tokens are accepted for any user.</source>
        <translation>L&apos;Action Post-Login de l&apos;article et un échange qui décode le jeton sujet sans le vérifier : des jetons falsifiés sont acceptés pour n&apos;importe quel utilisateur.</translation>
    </message>
    <message>
        <source>OrgLens&apos; Actions: the org claim on every login including refresh, and an exchange that verifies the subject token against the tenant&apos;s keys.</source>
        <translation>Les Actions d&apos;OrgLens : le claim d&apos;organisation à chaque connexion, rafraîchissement compris, et un échange qui vérifie le jeton sujet avec les clés du tenant.</translation>
    </message>
    <message>
        <source>No Actions, no token exchange profile: tokens carry no organization claim and exchanges fail.</source>
        <translation>Aucune Action, aucun profil d&apos;échange de jetons : les jetons ne portent aucun claim d&apos;organisation et les échanges échouent.</translation>
    </message>
    <message>
        <source>Built-in simulation</source>
        <translation>Simulation intégrée</translation>
    </message>
    <message>
        <source>Support article&apos;s Actions</source>
        <translation>Actions de l’article de support</translation>
    </message>
    <message>
        <source>Unverified token exchange</source>
        <translation>Échange de jeton non vérifié</translation>
    </message>
    <message>
        <source>OrgLens&apos; fixed Actions</source>
        <translation>Actions corrigées d’OrgLens</translation>
    </message>
    <message>
        <source>No Actions</source>
        <translation>Aucune Action</translation>
    </message>
</context>
<context>
    <name>orglens::demo::ActionRunner</name>
    <message>
        <source>Node.js is not installed, so the demo tenant cannot run Actions: it simulates them instead. Install Node.js (Debian: apt install nodejs) to run them.</source>
        <translation>Node.js n’est pas installé : le tenant de démonstration ne peut pas exécuter les Actions et les simule. Installez Node.js (Debian : apt install nodejs) pour les exécuter.</translation>
    </message>
    <message>
        <source>Node.js could not be started.</source>
        <translation>Node.js n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>Node.js stopped before the Action finished.</source>
        <translation>Node.js s’est arrêté avant la fin de l’Action.</translation>
    </message>
    <message>
        <source>The Action &apos;%1&apos; failed: %2</source>
        <translation>L’Action « %1 » a échoué : %2</translation>
    </message>
</context>
<context>
    <name>orglens::demo::DemoTenant</name>
    <message>
        <source>The demo tenant is already running on port %1.</source>
        <translation>Le tenant de démonstration fonctionne déjà sur le port %1.</translation>
    </message>
    <message>
        <source>The demo tenant cannot listen on 127.0.0.1:%1: %2. Choose another port with --port, or 0 for a free one.</source>
        <translation>Le tenant de démonstration ne peut pas écouter sur 127.0.0.1:%1 : %2. Choisissez un autre port avec --port, ou 0 pour un port libre.</translation>
    </message>
    <message>
        <source>No route for %1 %2 on the demo tenant.</source>
        <translation>Aucune route pour %1 %2 sur le tenant de démonstration.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::ExchangeAction</name>
    <message>
        <source>The Action &apos;%1&apos; must call exactly one of api.authentication.setUserById and setUserByConnection.</source>
        <translation>L’Action « %1 » doit appeler exactement une des fonctions api.authentication.setUserById et setUserByConnection.</translation>
    </message>
    <message>
        <source>The Action &apos;%1&apos; set the user &apos;%2&apos;, who does not exist.</source>
        <translation>L’Action « %1 » a choisi l’utilisateur « %2 », qui n’existe pas.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::LoginPages</name>
    <message>
        <source>Log in to continue to %1.</source>
        <translation>Connectez-vous pour continuer vers %1.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Demo users: alice@example.com, bob@example.com, carol@example.com, dave@example.com; password: demo-password.</source>
        <translation>Utilisateurs de démonstration : alice@example.com, bob@example.com, carol@example.com, dave@example.com ; mot de passe : demo-password.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Confirm that this code matches the one shown on your device: %1</source>
        <translation>Confirmez que ce code correspond à celui affiché sur votre appareil : %1</translation>
    </message>
    <message>
        <source>%1 is requesting access to your account %2.</source>
        <translation>%1 demande l&apos;accès à votre compte %2.</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API : %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Device confirmation</source>
        <translation>Confirmation de l&apos;appareil</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>Autoriser %1</translation>
    </message>
    <message>
        <source>Enter the code displayed on your device</source>
        <translation>Saisissez le code affiché sur votre appareil</translation>
    </message>
    <message>
        <source>Device activation</source>
        <translation>Activation de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>orglens::demo::OAuthServer</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Unknown client: %1</source>
        <translation>Client inconnu : %1</translation>
    </message>
    <message>
        <source>Callback URL mismatch. &apos;%1&apos; is not in the list of allowed callback URLs of %2 (any http://127.0.0.1:&lt;port&gt;/… or http://localhost:&lt;port&gt;/… URL).</source>
        <translation>URL de rappel non concordante. « %1 » n&apos;est pas dans la liste des URL de rappel autorisées de %2 (toute URL http://127.0.0.1:&lt;port&gt;/… ou http://localhost:&lt;port&gt;/…).</translation>
    </message>
    <message>
        <source>Grant type &apos;authorization_code&apos; not allowed for the client.</source>
        <translation>Grant type &apos;authorization_code&apos; not allowed for the client.</translation>
    </message>
    <message>
        <source>Unsupported response type: &apos;%1&apos;. The demo tenant supports only &apos;code&apos;.</source>
        <translation>Type de réponse non pris en charge : « %1 ». Le tenant de démonstration ne prend en charge que « code ».</translation>
    </message>
    <message>
        <source>Missing required parameter: code_challenge (PKCE with S256).</source>
        <translation>Paramètre obligatoire manquant : code_challenge (PKCE avec S256).</translation>
    </message>
    <message>
        <source>Unsupported code_challenge_method: &apos;%1&apos;. Only S256 is supported.</source>
        <translation>code_challenge_method non prise en charge : « %1 ». Seule S256 est prise en charge.</translation>
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
        <translation>La transaction de connexion est inconnue ou terminée. Relancez la connexion depuis l&apos;application.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The login transaction is unknown, finished or not logged in yet. Start again.</source>
        <translation>La transaction de connexion est inconnue, terminée ou pas encore connectée. Recommencez.</translation>
    </message>
    <message>
        <source>User did not authorize the request</source>
        <translation>User did not authorize the request</translation>
    </message>
    <message>
        <source>Device activation</source>
        <translation>Activation de l&apos;appareil</translation>
    </message>
    <message>
        <source>This code has expired or was already used.</source>
        <translation>Ce code a expiré ou a déjà été utilisé.</translation>
    </message>
    <message>
        <source>You cancelled the request; the device was not connected.</source>
        <translation>Vous avez annulé la demande ; l&apos;appareil n&apos;a pas été connecté.</translation>
    </message>
    <message>
        <source>Congratulations, you&apos;re all set!</source>
        <translation>Félicitations, tout est prêt !</translation>
    </message>
    <message>
        <source>Your device is now connected. You can close this window.</source>
        <translation>Votre appareil est maintenant connecté. Vous pouvez fermer cette fenêtre.</translation>
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
        <translation>organization est ignoré : le flux Device Authorization ne prend pas en charge les organisations, les jetons ne portent jamais d&apos;org_id</translation>
    </message>
    <message>
        <source>Invalid or expired code. Check the code on your device.</source>
        <translation>Code invalide ou expiré. Vérifiez le code sur votre appareil.</translation>
    </message>
    <message>
        <source>The returnTo URL &apos;%1&apos; is not in the list of allowed logout URLs of %2.</source>
        <translation>L&apos;URL returnTo « %1 » n&apos;est pas dans la liste des URL de déconnexion autorisées de %2.</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>You are logged out of the demo tenant.</source>
        <translation>Vous êtes déconnecté du tenant de démonstration.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::RequestParameters</name>
    <message>
        <source>The JSON body is invalid at offset %1: %2.</source>
        <translation>Le corps JSON est invalide à la position %1 : %2.</translation>
    </message>
    <message>
        <source>The JSON body must be an object.</source>
        <translation>Le corps JSON doit être un objet.</translation>
    </message>
</context>
<context>
    <name>orglens::demo::TenantStore</name>
    <message>
        <source>The user does not exist.</source>
        <translation>L&apos;utilisateur n&apos;existe pas.</translation>
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
        <translation>Les identifiants HTTP Basic doivent être base64(client_id:client_secret).</translation>
    </message>
    <message>
        <source>Unknown client: %1</source>
        <translation>Client inconnu : %1</translation>
    </message>
    <message>
        <source>Client authentication is required for %1: send client_secret in the body (client_secret_post) or use HTTP Basic.</source>
        <translation>L&apos;authentification du client est requise pour %1 : envoyez client_secret dans le corps (client_secret_post) ou utilisez HTTP Basic.</translation>
    </message>
    <message>
        <source>Client authentication failed: wrong client_secret for %1.</source>
        <translation>Échec de l&apos;authentification du client : mauvais client_secret pour %1.</translation>
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
        <translation>La redirect_uri ne correspond pas à celle envoyée à /authorize.</translation>
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
        <translation>un jeton de rafraîchissement renouvelé a été réutilisé ; toute sa famille est révoquée</translation>
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
        <translation>Code d&apos;appareil invalide ou expiré.</translation>
    </message>
    <message>
        <source>The device code has expired: start the device flow again.</source>
        <translation>Le code d&apos;appareil a expiré : relancez le flux d&apos;appareil.</translation>
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
        <translation>Jeton sujet invalide : %1</translation>
    </message>
    <message>
        <source>the issuer &apos;%1&apos; is not this tenant (%2).</source>
        <translation>l&apos;émetteur « %1 » n&apos;est pas ce tenant (%2).</translation>
    </message>
    <message>
        <source>the token expired at %1.</source>
        <translation>le jeton a expiré à %1.</translation>
    </message>
    <message>
        <source>it is not an access token of this tenant (its audience is no API of the tenant).</source>
        <translation>ce n&apos;est pas un jeton d&apos;accès de ce tenant (son audience n&apos;est pas une API du tenant).</translation>
    </message>
    <message>
        <source>it was issued to a machine-to-machine client, not to a user.</source>
        <translation>il a été émis pour un client machine à machine, pas pour un utilisateur.</translation>
    </message>
    <message>
        <source>its user &apos;%1&apos; does not exist.</source>
        <translation>son utilisateur « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>subject_token_type &apos;%1&apos; is reserved: use a URI your organization owns (https://… or urn:…), not auth0.com, okta.com, urn:ietf, urn:auth0 or urn:okta.</source>
        <translation>le subject_token_type « %1 » est réservé : utilisez une URI appartenant à votre organisation (https://… ou urn:…), pas auth0.com, okta.com, urn:ietf, urn:auth0 ou urn:okta.</translation>
    </message>
    <message>
        <source>The subject token has no %1 claim and no organization parameter was sent: the exchange cannot set an organization.</source>
        <translation>Le jeton sujet n&apos;a pas de claim %1 et aucun paramètre organization n&apos;a été envoyé : l&apos;échange ne peut pas définir d&apos;organisation.</translation>
    </message>
    <message>
        <source>user %1 is not part of the %2 organization</source>
        <translation>user %1 is not part of the %2 organization</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Missing required parameter: %1</source>
        <translation>Missing required parameter: %1</translation>
    </message>
    <message>
        <source>The application %1 may not use Custom Token Exchange profiles: set its token_exchange.allow_any_profile_of_type to [&quot;custom_authentication&quot;].</source>
        <translation>L’application %1 n’est pas autorisée à utiliser les profils Custom Token Exchange : définissez son token_exchange.allow_any_profile_of_type à [&quot;custom_authentication&quot;].</translation>
    </message>
    <message>
        <source> (the demo tenant&apos;s built-in exchange uses &apos;%1&apos;)</source>
        <translation> (l&apos;échange intégré du tenant de démonstration utilise « %1 »)</translation>
    </message>
    <message>
        <source>No Custom Token Exchange profile for subject_token_type &apos;%1&apos;%2.</source>
        <translation>Aucun profil Custom Token Exchange pour subject_token_type « %1 »%2.</translation>
    </message>
    <message>
        <source>The token exchange profile &apos;%1&apos; names the Action %2, which is not deployed: deploy it, or point the profile at a deployed Action.</source>
        <translation>Le profil d&apos;échange de jetons « %1 » désigne l&apos;Action %2, qui n&apos;est pas déployée : déployez-la, ou faites pointer le profil vers une Action déployée.</translation>
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
        <translation>Le jeton d&apos;accès n&apos;est pas valide pour /userinfo.</translation>
    </message>
</context>
<context>
    <name>orglens::doctor::DoctorTexts</name>
    <message>
        <source>The tenant runs its deployed Actions with test events (a device-code login, a refresh, and an exchange of a subject token signed by a throwaway key); nothing is written to the tenant. Needs the create:actions scope.</source>
        <translation>Le tenant exécute ses Actions déployées avec des événements de test (une connexion par code d&apos;appareil, un rafraîchissement et l&apos;échange d&apos;un jeton sujet signé par une clé jetable) ; rien n&apos;est écrit dans le tenant. Nécessite le scope create:actions.</translation>
    </message>
    <message>
        <source>a test user</source>
        <translation>un utilisateur de test</translation>
    </message>
    <message>
        <source>the token exchange accepts forged subject tokens: anyone can obtain tokens for any user and organization</source>
        <translation>l&apos;échange de jetons accepte des jetons sujets falsifiés : n&apos;importe qui peut obtenir des jetons pour n&apos;importe quel utilisateur et organisation</translation>
    </message>
    <message>
        <source>Sends the token endpoint of %1 a token exchange whose subject token is signed by a throwaway key (the claims of a device token of %2); a token it returns is shown decoded, never stored.</source>
        <translation>Envoie au point de terminaison de jetons de %1 un échange de jetons dont le jeton sujet est signé par une clé jetable (avec les claims d&apos;un jeton d&apos;appareil de %2) ; un jeton renvoyé est affiché décodé, jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>orglens::doctor::PipelineChecks</name>
    <message>
        <source>the Actions could not be read: %1</source>
        <translation>les Actions n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The tenant ran its Actions with test events.</source>
        <translation>Le tenant a exécuté ses Actions avec des événements de test.</translation>
    </message>
    <message>
        <source>“%1” v%2, line %3: %4</source>
        <translation>« %1 » v%2, ligne %3 : %4</translation>
    </message>
    <message>
        <source>“%1” version %2</source>
        <translation>« %1 » version %2</translation>
    </message>
    <message>
        <source>Could not read the %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Run the Action test probe (orglens-cli doctor --probe actions): this is judged by running the deployed code, not by reading it.</source>
        <translation>Lancez la sonde de test des Actions (orglens-cli doctor --probe actions) : ce point se juge en exécutant le code déployé, pas en le lisant.</translation>
    </message>
    <message>
        <source>A Post-Login Action that sets the namespaced org claim is bound</source>
        <translation>Une Action Post-Login qui définit le claim d&apos;organisation avec espace de noms est liée</translation>
    </message>
    <message>
        <source>Bound: %1</source>
        <translation>Liée : %1</translation>
    </message>
    <message>
        <source>No Action is bound to the post-login trigger.</source>
        <translation>Aucune Action n&apos;est liée au déclencheur post-login.</translation>
    </message>
    <message>
        <source>None of the bound Actions calls setCustomClaim with org_id.</source>
        <translation>Aucune des Actions liées n&apos;appelle setCustomClaim avec org_id.</translation>
    </message>
    <message>
        <source>Device-code logins get the org claim</source>
        <translation>Les connexions par code d&apos;appareil reçoivent le claim d&apos;organisation</translation>
    </message>
    <message>
        <source>An Action sets org_id itself: Auth0 ignores that restricted claim.</source>
        <translation>Une Action définit org_id elle-même : Auth0 ignore ce claim restreint.</translation>
    </message>
    <message>
        <source>A device-code test run of the bound Actions set no org claim.</source>
        <translation>Une exécution de test par code d&apos;appareil des Actions liées n&apos;a défini aucun claim d&apos;organisation.</translation>
    </message>
    <message>
        <source>Set the user&apos;s app_metadata.default_org_id (the Action copies it).</source>
        <translation>Définissez app_metadata.default_org_id de l&apos;utilisateur (l&apos;Action le recopie).</translation>
    </message>
    <message>
        <source>Make the Post-Login Action set the namespaced org claim on device-code logins.</source>
        <translation>Faites définir par l&apos;Action Post-Login le claim d&apos;organisation avec espace de noms lors des connexions par code d&apos;appareil.</translation>
    </message>
    <message>
        <source>A device-code test run set %1 = %2.</source>
        <translation>Une exécution de test par code d&apos;appareil a défini %1 = %2.</translation>
    </message>
    <message>
        <source>Refreshed tokens keep the org claim</source>
        <translation>Les jetons rafraîchis conservent le claim d&apos;organisation</translation>
    </message>
    <message>
        <source>A refresh-token test run set %1.</source>
        <translation>Une exécution de test par jeton de rafraîchissement a défini %1.</translation>
    </message>
    <message>
        <source>A refresh-token test run (protocol oauth2-refresh-token) set no org claim: Auth0 does not carry claims over, so refreshed tokens lose it.</source>
        <translation>Une exécution de test par jeton de rafraîchissement (protocole oauth2-refresh-token) n&apos;a défini aucun claim d&apos;organisation : Auth0 ne reporte pas les claims, les jetons rafraîchis le perdent donc.</translation>
    </message>
    <message>
        <source>Run the Post-Login Action for every protocol (drop the oauth2-device-code check).</source>
        <translation>Exécutez l&apos;Action Post-Login pour tous les protocoles (supprimez le test oauth2-device-code).</translation>
    </message>
    <message>
        <source>The Post-Login Action, the exchange Action and the profile use one namespace</source>
        <translation>L&apos;Action Post-Login, l&apos;Action d&apos;échange et le profil utilisent un même espace de noms</translation>
    </message>
    <message>
        <source>The Post-Login Action writes %1; the profile expects %2.</source>
        <translation>L&apos;Action Post-Login écrit %1 ; le profil attend %2.</translation>
    </message>
    <message>
        <source>The exchange Action names no namespace.</source>
        <translation>L&apos;Action d&apos;échange ne nomme aucun espace de noms.</translation>
    </message>
    <message>
        <source>The exchange Action names %1.</source>
        <translation>L&apos;Action d&apos;échange nomme %1.</translation>
    </message>
    <message>
        <source>Use %1 in both Actions and in the profile (or change the profile&apos;s namespace to the one the Actions use).</source>
        <translation>Utilisez %1 dans les deux Actions et dans le profil (ou remplacez l&apos;espace de noms du profil par celui des Actions).</translation>
    </message>
    <message>
        <source>A token exchange profile for the subject token type names a deployed Action</source>
        <translation>Un profil d&apos;échange de jetons pour le type de jeton sujet désigne une Action déployée</translation>
    </message>
    <message numerus="yes">
        <source>No profile has subject_token_type %1 (%n profile(s) read).</source>
        <translation>
            <numerusform>Aucun profil n&apos;a subject_token_type %1 (%n profil lu).</numerusform>
            <numerusform>Aucun profil n&apos;a subject_token_type %1 (%n profils lus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile “%1” for %2 names Action %3.</source>
        <translation>Le profil « %1 » pour %2 désigne l&apos;Action %3.</translation>
    </message>
    <message>
        <source>“%1” has never been deployed.</source>
        <translation>« %1 » n&apos;a jamais été déployée.</translation>
    </message>
    <message>
        <source>Deploy the Action “%1”.</source>
        <translation>Déployez l&apos;Action « %1 ».</translation>
    </message>
    <message>
        <source>Deployed: %1.</source>
        <translation>Déployée : %1.</translation>
    </message>
    <message>
        <source>The exchange application may use custom_authentication profiles</source>
        <translation>L&apos;application d&apos;échange peut utiliser les profils custom_authentication</translation>
    </message>
    <message>
        <source>Set the profile&apos;s exchange application.</source>
        <translation>Définissez l&apos;application d&apos;échange du profil.</translation>
    </message>
    <message>
        <source>%1: token_exchange.allow_any_profile_of_type = [%2].</source>
        <translation>%1 : token_exchange.allow_any_profile_of_type = [%2].</translation>
    </message>
    <message>
        <source>It is a third-party application: Custom Token Exchange needs a first-party one.</source>
        <translation>C&apos;est une application tierce : Custom Token Exchange exige une application propriétaire (first-party).</translation>
    </message>
    <message>
        <source>It is not OIDC conformant: Custom Token Exchange needs it to be.</source>
        <translation>Elle n&apos;est pas conforme OIDC : Custom Token Exchange l&apos;exige.</translation>
    </message>
    <message>
        <source>The exchange Action verifies the subject token (signature, issuer, audience, expiry)</source>
        <translation>L&apos;Action d&apos;échange vérifie le jeton sujet (signature, émetteur, audience, expiration)</translation>
    </message>
    <message>
        <source>Needs a token exchange profile with its Action (see exchange-profile).</source>
        <translation>Nécessite un profil d&apos;échange de jetons avec son Action (voir exchange-profile).</translation>
    </message>
    <message>
        <source>A forged token naming %1 made it log in as %1: anyone can become any user.</source>
        <translation>Un jeton falsifié nommant %1 l&apos;a fait connecter %1 : n&apos;importe qui peut devenir n&apos;importe quel utilisateur.</translation>
    </message>
    <message>
        <source>The exchange Action sets the organization</source>
        <translation>L&apos;Action d&apos;échange définit l&apos;organisation</translation>
    </message>
    <message>
        <source>A test run set the user but no organization (the subject token carried %1).</source>
        <translation>Une exécution de test a défini l&apos;utilisateur mais aucune organisation (le jeton sujet portait %1).</translation>
    </message>
    <message>
        <source>A test run called setOrganization(%1), but the subject token carried %2: the organization does not come from the token.</source>
        <translation>Une exécution de test a appelé setOrganization(%1), mais le jeton sujet portait %2 : l&apos;organisation ne vient pas du jeton.</translation>
    </message>
    <message>
        <source>A test run called setOrganization(%1), the organization in the subject token.</source>
        <translation>Une exécution de test a appelé setOrganization(%1), l&apos;organisation du jeton sujet.</translation>
    </message>
    <message>
        <source>The deployed code never calls setOrganization.</source>
        <translation>Le code déployé n&apos;appelle jamais setOrganization.</translation>
    </message>
    <message>
        <source>Seen in the deployed code: %1</source>
        <translation>Vu dans le code déployé : %1</translation>
    </message>
    <message>
        <source>Call api.authentication.setOrganization(orgId) with the organization from the verified subject token, read under the profile&apos;s namespace.</source>
        <translation>Appelez api.authentication.setOrganization(orgId) avec l&apos;organisation du jeton sujet vérifié, lue sous l&apos;espace de noms du profil.</translation>
    </message>
    <message>
        <source>The user has a default organization</source>
        <translation>L&apos;utilisateur a une organisation par défaut</translation>
    </message>
    <message>
        <source>Give a user (--user USER_ID) to check.</source>
        <translation>Indiquez un utilisateur (--user USER_ID) pour le vérifier.</translation>
    </message>
    <message>
        <source>%1 has no app_metadata.default_org_id.</source>
        <translation>%1 n&apos;a pas d&apos;app_metadata.default_org_id.</translation>
    </message>
    <message>
        <source>%1: app_metadata.default_org_id = %2.</source>
        <translation>%1 : app_metadata.default_org_id = %2.</translation>
    </message>
    <message>
        <source>orglens-cli users set-default-org %1 ORG</source>
        <translation>orglens-cli users set-default-org %1 ORG</translation>
    </message>
    <message>
        <source>The user is a member of the default organization</source>
        <translation>L&apos;utilisateur est membre de l&apos;organisation par défaut</translation>
    </message>
    <message>
        <source>Needs a default organization (see user-default-org).</source>
        <translation>Nécessite une organisation par défaut (voir user-default-org).</translation>
    </message>
    <message>
        <source>Member of: %1.</source>
        <translation>Membre de : %1.</translation>
    </message>
    <message>
        <source>no organization</source>
        <translation>aucune organisation</translation>
    </message>
    <message>
        <source>Add %1 to %2, or set a default organization the user belongs to.</source>
        <translation>Ajoutez %1 à %2, ou choisissez une organisation par défaut dont l&apos;utilisateur est membre.</translation>
    </message>
    <message>
        <source>Recent device logins, exchanges and refreshes succeeded</source>
        <translation>Les dernières connexions par appareil, échanges et rafraîchissements ont réussi</translation>
    </message>
    <message>
        <source>No device login, exchange or refresh in the logs read.</source>
        <translation>Aucune connexion par appareil, aucun échange ni rafraîchissement dans les journaux lus.</translation>
    </message>
    <message>
        <source>The newest attempt of a kind failed: its description above says why.</source>
        <translation>La tentative la plus récente d&apos;un type a échoué : sa description ci-dessus dit pourquoi.</translation>
    </message>
    <message>
        <source>A token was issued for a subject token forged for %1.</source>
        <translation>Un jeton a été émis pour un jeton sujet falsifié pour %1.</translation>
    </message>
    <message>
        <source>Refused, as it should be: %1</source>
        <translation>Refusé, comme il se doit : %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>setUserById(%1) and setOrganization(%2)</source>
        <translation>setUserById(%1) et setOrganization(%2)</translation>
    </message>
    <message>
        <source>The token endpoint issued a token for a subject token forged for %1: sub %2, org_id %3.</source>
        <translation>Le point de jeton a émis un jeton pour un jeton sujet falsifié pour %1 : sub %2, org_id %3.</translation>
    </message>
    <message>
        <source>The token endpoint refused a subject token forged for %1: %2</source>
        <translation>Le point de jeton a refusé un jeton sujet falsifié pour %1 : %2</translation>
    </message>
    <message>
        <source>Given a subject token signed by a throwaway key, the Action called %1.</source>
        <translation>Avec un jeton sujet signé par une clé jetable, l&apos;Action a appelé %1.</translation>
    </message>
    <message>
        <source>The Action refused a subject token signed by a throwaway key: %1</source>
        <translation>L&apos;Action a refusé un jeton sujet signé par une clé jetable : %1</translation>
    </message>
    <message>
        <source>It has no client grants.</source>
        <translation>Elle n&apos;a aucune autorisation client (client grant).</translation>
    </message>
    <message>
        <source>Its client grants: %1.</source>
        <translation>Ses autorisations client : %1.</translation>
    </message>
    <message>
        <source>Tenant setting: organization names are allowed (setOrganization takes an id or a name; tokens also get org_name).</source>
        <translation>Paramètre du tenant : les noms d&apos;organisation sont autorisés (setOrganization accepte un id ou un nom ; les jetons reçoivent aussi org_name).</translation>
    </message>
    <message>
        <source>Tenant setting: organization names are off (setOrganization needs the organization&apos;s id).</source>
        <translation>Paramètre du tenant : les noms d&apos;organisation sont désactivés (setOrganization exige l&apos;id de l&apos;organisation).</translation>
    </message>
    <message>
        <source>Connections enabled for %1: %2.</source>
        <translation>Connexions activées pour %1 : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Enable the connection %1 for %2, or the user cannot log in through the organization.</source>
        <translation>Activez la connexion %1 pour %2, sinon l&apos;utilisateur ne peut pas se connecter via l&apos;organisation.</translation>
    </message>
    <message>
        <source>Newest failed exchange of the application: %1 %2</source>
        <translation>Dernier échange échoué de l&apos;application : %1 %2</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyé %1</translation>
    </message>
    <message>
        <source>The login application&apos;s organization_usage is %1; device-code tokens never get org_id from Auth0 itself.</source>
        <translation>L&apos;organization_usage de l&apos;application de connexion vaut %1 ; les jetons par code d&apos;appareil ne reçoivent jamais org_id d&apos;Auth0 lui-même.</translation>
    </message>
    <message>
        <source>%1 (organization_usage: %2)</source>
        <translation>%1 (organization_usage : %2)</translation>
    </message>
    <message>
        <source>Create a token exchange profile for %1 that names a deployed custom-token-exchange Action (POST /api/v2/token-exchange-profiles, scope create:token_exchange_profiles).</source>
        <translation>Créez un profil d&apos;échange de jetons pour %1 qui désigne une Action custom-token-exchange déployée (POST /api/v2/token-exchange-profiles, scope create:token_exchange_profiles).</translation>
    </message>
    <message>
        <source>PATCH /api/v2/clients/%1 with {&quot;token_exchange&quot;:{&quot;allow_any_profile_of_type&quot;:[&quot;custom_authentication&quot;]}} (scope update:clients), on a first-party, OIDC-conformant application.</source>
        <translation>PATCH /api/v2/clients/%1 avec {&quot;token_exchange&quot;:{&quot;allow_any_profile_of_type&quot;:[&quot;custom_authentication&quot;]}} (scope update:clients), sur une application propriétaire conforme OIDC.</translation>
    </message>
    <message>
        <source>Deploy and bind a Post-Login Action that adds %1org_id from app_metadata.default_org_id (orglens-cli repair deploys and binds one, with an exact undo).</source>
        <translation>Déployez et liez une Action post-login qui ajoute %1org_id depuis app_metadata.default_org_id (orglens-cli repair en déploie et lie une, avec une annulation exacte).</translation>
    </message>
    <message>
        <source>Verify the subject token in validateToken: signature against the tenant&apos;s JWKS, iss, aud and exp (orglens-cli repair deploys such an Action, with an exact undo).</source>
        <translation>Vérifiez le jeton sujet dans validateToken : signature avec le JWKS du tenant, iss, aud et exp (orglens-cli repair déploie une telle Action, avec une annulation exacte).</translation>
    </message>
</context>
<context>
    <name>orglens::doctor::TenantPipeline</name>
    <message>
        <source>grant %1 to the Management API application</source>
        <translation>accordez %1 à l&apos;application Management API</translation>
    </message>
</context>
<context>
    <name>orglens::explain::ActionTemplates</name>
    <message>
        <source>The claim namespace is empty: give an https URL you own, e.g. https://example.com/.</source>
        <translation>L&apos;espace de noms des claims est vide : indiquez une URL https qui vous appartient, par ex. https://example.com/.</translation>
    </message>
    <message>
        <source>The claim namespace &quot;%1&quot; is not an https URL: write it like https://example.com/.</source>
        <translation>L&apos;espace de noms des claims &quot;%1&quot; n&apos;est pas une URL https : écrivez-le sous la forme https://example.com/.</translation>
    </message>
    <message>
        <source>The claim namespace &quot;%1&quot; must not have a query, fragment or user name: write it like https://example.com/.</source>
        <translation>L&apos;espace de noms des claims &quot;%1&quot; ne doit contenir ni requête, ni fragment, ni nom d&apos;utilisateur : écrivez-le sous la forme https://example.com/.</translation>
    </message>
    <message>
        <source>The claim namespace &quot;%1&quot; uses a domain Auth0 forbids (auth0.com, webtask.io, webtask.run): use a domain you own.</source>
        <translation>L&apos;espace de noms des claims &quot;%1&quot; utilise un domaine interdit par Auth0 (auth0.com, webtask.io, webtask.run) : utilisez un domaine qui vous appartient.</translation>
    </message>
    <message>
        <source>The token exchange Action needs the tenant&apos;s issuer to verify subject tokens: give --issuer https://&lt;domain&gt;/ or a profile.</source>
        <translation>L&apos;Action d&apos;échange de jeton a besoin de l&apos;émetteur du tenant pour vérifier les jetons sujets : indiquez --issuer https://&lt;domaine&gt;/ ou un profil.</translation>
    </message>
    <message>
        <source>The token exchange Action needs the audience of the subject tokens (your API identifier) to check aud: give --audience or set it in the profile.</source>
        <translation>L&apos;Action d&apos;échange de jeton a besoin de l&apos;audience des jetons sujets (l&apos;identifiant de votre API) pour vérifier aud : indiquez --audience ou définissez-la dans le profil.</translation>
    </message>
    <message>
        <source>Post-Login Action</source>
        <translation>Action Post-Login</translation>
    </message>
    <message>
        <source>Custom Token Exchange Action</source>
        <translation>Action Custom Token Exchange</translation>
    </message>
</context>
<context>
    <name>orglens::explain::Preflight</name>
    <message>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The Device Authorization flow does not support Organizations: its tokens never carry org_id.</source>
        <translation>Le flux Device Authorization ne prend pas en charge les Organizations : ses jetons ne contiennent jamais org_id.</translation>
    </message>
    <message>
        <source>Add the namespaced claim and exchange the token (orglens-cli actions generate), or log in with pkce and --organization.</source>
        <translation>Ajoutez la claim avec espace de noms et échangez le jeton (orglens-cli actions generate), ou connectez-vous avec pkce et --organization.</translation>
    </message>
    <message>
        <source>The organization parameter is ignored by the device flow.</source>
        <translation>Le paramètre organization est ignoré par le flux device.</translation>
    </message>
    <message>
        <source>The Resource Owner Password grant does not support Organizations: no org_id.</source>
        <translation>Le grant Resource Owner Password ne prend pas en charge les Organizations : pas d&apos;org_id.</translation>
    </message>
    <message>
        <source>Use the authorization code flow (pkce) with --organization.</source>
        <translation>Utilisez le flux authorization code (pkce) avec --organization.</translation>
    </message>
    <message>
        <source>The application requires an organization (Business Users, No Prompt): Auth0 refuses the login with &quot;parameter organization is required for this client&quot;.</source>
        <translation>L&apos;application exige une organisation (Business Users, No Prompt) : Auth0 refuse la connexion avec &quot;parameter organization is required for this client&quot;.</translation>
    </message>
    <message>
        <source>Send --organization.</source>
        <translation>Envoyez --organization.</translation>
    </message>
    <message>
        <source>The application prompts for an organization: org_id is the one the user picks.</source>
        <translation>L&apos;application demande une organisation : org_id est celle que l&apos;utilisateur choisit.</translation>
    </message>
    <message>
        <source>No organization parameter: the login is not in organization context, so no org_id.</source>
        <translation>Aucun paramètre organization : la connexion n&apos;est pas dans un contexte d&apos;organisation, donc pas d&apos;org_id.</translation>
    </message>
    <message>
        <source>Send --organization with the organization id (or name).</source>
        <translation>Envoyez --organization avec l&apos;id (ou le nom) de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The application&apos;s organization settings were not read (a Business Users application with a prompt would ask the user for one).</source>
        <translation>Les paramètres d&apos;organisation de l&apos;application n&apos;ont pas été lus (une application Business Users avec invite en demanderait une à l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>The application&apos;s Type of Users is Individuals (organization_usage deny): Auth0 refuses the login with &quot;parameter organization is not allowed for this client&quot;.</source>
        <translation>Le type d&apos;utilisateurs de l&apos;application est Individuals (organization_usage deny) : Auth0 refuse la connexion avec &quot;parameter organization is not allowed for this client&quot;.</translation>
    </message>
    <message>
        <source>Set the application&apos;s Type of Users to Business Users or Both.</source>
        <translation>Définissez le type d&apos;utilisateurs de l&apos;application sur Business Users ou Both.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an organization name, and the profile says the tenant does not accept names (allow_organization_name_in_authentication_api): Auth0 answers &quot;parameter organization is invalid&quot;.</source>
        <translation>&quot;%1&quot; ressemble à un nom d&apos;organisation, et le profil indique que le tenant n&apos;accepte pas les noms (allow_organization_name_in_authentication_api) : Auth0 répond &quot;parameter organization is invalid&quot;.</translation>
    </message>
    <message>
        <source>Send the organization id (org_...) or enable the tenant setting.</source>
        <translation>Envoyez l&apos;id de l&apos;organisation (org_...) ou activez le paramètre du tenant.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: Auth0 refuses the login with access_denied.</source>
        <translation>%1 n&apos;est pas membre de %2 : Auth0 refuse la connexion avec access_denied.</translation>
    </message>
    <message>
        <source>Add the user to the organization, or log in with an organization the user belongs to.</source>
        <translation>Ajoutez l&apos;utilisateur à l&apos;organisation, ou connectez-vous avec une organisation dont il est membre.</translation>
    </message>
    <message>
        <source>Membership of %1 was not checked (give --user to read it).</source>
        <translation>L&apos;appartenance à %1 n&apos;a pas été vérifiée (indiquez --user pour la lire).</translation>
    </message>
    <message>
        <source>client grant organization_usage = deny (for %1): the M2M token cannot carry org_id.</source>
        <translation>client grant organization_usage = deny (pour %1) : le jeton M2M ne peut pas contenir org_id.</translation>
    </message>
    <message>
        <source>client grant organization_usage = deny (for %1): Auth0 refuses the request with &quot;parameter organization is not allowed for this client&quot;.</source>
        <translation>client grant organization_usage = deny (pour %1) : Auth0 refuse la requête avec « parameter organization is not allowed for this client ».</translation>
    </message>
    <message>
        <source>Set the client grant&apos;s organization_usage to allow or require and associate the organization with it.</source>
        <translation>Réglez organization_usage du client grant sur allow ou require et associez-y l&apos;organisation.</translation>
    </message>
    <message>
        <source>client grant organization_usage = require and the application has no default_organization: Auth0 refuses the request with &quot;parameter organization is required for this client&quot;.</source>
        <translation>client grant organization_usage = require et l&apos;application n&apos;a pas de default_organization : Auth0 refuse la requête avec « parameter organization is required for this client ».</translation>
    </message>
    <message>
        <source>The client grant requires an organization: org_id is the application&apos;s default_organization, which was not read (without one Auth0 refuses the request).</source>
        <translation>Le client grant exige une organisation : org_id est la default_organization de l&apos;application, qui n&apos;a pas été lue (sans elle, Auth0 refuse la requête).</translation>
    </message>
    <message>
        <source>A client grant with organization_usage require and a client default_organization would add one; client grants were not read.</source>
        <translation>Un client grant avec organization_usage require et une default_organization du client en ajouteraient une ; les client grants n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>The client grant for %1 allows organizations (organization_usage allow or require) and is associated with %2; client grants were not read.</source>
        <translation>Le client grant pour %1 autorise les organisations (organization_usage allow ou require) et est associé à %2 ; les client grants n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>%1 is associated with the client grant for %2 (allow_any_organization is false; the grant&apos;s organizations were not read).</source>
        <translation>%1 est associée au client grant pour %2 (allow_any_organization vaut false ; les organisations du grant n&apos;ont pas été lues).</translation>
    </message>
    <message>
        <source>Client credentials without an organization parameter: the M2M token has no org_id.</source>
        <translation>Client credentials sans paramètre organization : le jeton M2M n&apos;a pas d&apos;org_id.</translation>
    </message>
    <message>
        <source>Send --organization (the client grant allows organizations).</source>
        <translation>Indiquez --organization (le client grant autorise les organisations).</translation>
    </message>
    <message>
        <source>Send --organization and associate the client grant with the organization (organization_usage allow or require).</source>
        <translation>Envoyez --organization et associez le client grant à l&apos;organisation (organization_usage allow ou require).</translation>
    </message>
    <message>
        <source>the audience</source>
        <translation>l&apos;audience</translation>
    </message>
    <message>
        <source>A refreshed token keeps the org_id of the original login, which is not known here.</source>
        <translation>Un jeton actualisé conserve l&apos;org_id de la connexion d&apos;origine, inconnu ici.</translation>
    </message>
    <message>
        <source>The refresh token comes from a login without organization: refreshed tokens keep that, no org_id.</source>
        <translation>Le jeton d&apos;actualisation provient d&apos;une connexion sans organisation : les jetons actualisés le restent, pas d&apos;org_id.</translation>
    </message>
    <message>
        <source>Log in again with --organization (pkce) or exchange the token.</source>
        <translation>Reconnectez-vous avec --organization (pkce) ou échangez le jeton.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: the exchange is likely refused.</source>
        <translation>%1 n&apos;est pas membre de %2 : l&apos;échange sera probablement refusé.</translation>
    </message>
    <message>
        <source>Add the user to the organization.</source>
        <translation>Ajoutez l&apos;utilisateur à l&apos;organisation.</translation>
    </message>
    <message>
        <source>The exchange Action calls api.authentication.setOrganization with the subject token&apos;s namespaced claim (orglens-cli actions generate --which token-exchange).</source>
        <translation>L&apos;Action d&apos;échange appelle api.authentication.setOrganization avec la claim avec espace de noms du jeton sujet (orglens-cli actions generate --which token-exchange).</translation>
    </message>
    <message>
        <source>No organization parameter and the subject token carries no org claim (no default_org_id): the exchange has no organization to set.</source>
        <translation>Aucun paramètre organization et le jeton sujet ne contient pas de claim d&apos;organisation (pas de default_org_id) : l&apos;échange n&apos;a aucune organisation à définir.</translation>
    </message>
    <message>
        <source>Set the user&apos;s default_org_id, or send --organization with the exchange.</source>
        <translation>Définissez le default_org_id de l&apos;utilisateur, ou envoyez --organization avec l&apos;échange.</translation>
    </message>
    <message>
        <source>The profile has no claim namespace: the namespaced org claim is not predicted.</source>
        <translation>Le profil n&apos;a pas d&apos;espace de noms de claims : la claim d&apos;organisation avec espace de noms n&apos;est pas prédite.</translation>
    </message>
    <message>
        <source>The user&apos;s app_metadata was not read (give --user): the namespaced claim is unknown.</source>
        <translation>L&apos;app_metadata de l&apos;utilisateur n&apos;a pas été lu (indiquez --user) : la claim avec espace de noms est inconnue.</translation>
    </message>
    <message>
        <source>%1 has no app_metadata.default_org_id: the Post-Login Action adds no %2 claim.</source>
        <translation>%1 n&apos;a pas d&apos;app_metadata.default_org_id : l&apos;Action Post-Login n&apos;ajoute pas de claim %2.</translation>
    </message>
    <message>
        <source>Set it: orglens-cli users set-default-org %1 &lt;org_id&gt;.</source>
        <translation>Définissez-le : orglens-cli users set-default-org %1 &lt;org_id&gt;.</translation>
    </message>
    <message>
        <source>default_org_id is %1, but %2 is not a member of it: exchanging the token for that organization must fail.</source>
        <translation>default_org_id vaut %1, mais %2 n&apos;en est pas membre : l&apos;échange du jeton pour cette organisation échouera forcément.</translation>
    </message>
    <message>
        <source>Fix the membership or set default_org_id to an organization the user belongs to.</source>
        <translation>Corrigez l&apos;appartenance ou définissez default_org_id sur une organisation dont l&apos;utilisateur est membre.</translation>
    </message>
    <message>
        <source>The Post-Login Action (orglens-cli actions generate) is deployed and runs for this protocol.</source>
        <translation>L&apos;Action Post-Login (orglens-cli actions generate) est déployée et s&apos;exécute pour ce protocole.</translation>
    </message>
    <message>
        <source>Unknown flow &quot;%1&quot;: use device, pkce, client-credentials, refresh, exchange or password.</source>
        <translation>Flux inconnu &quot;%1&quot; : utilisez device, pkce, client-credentials, refresh, exchange ou password.</translation>
    </message>
    <message>
        <source>pre-flight predicted %1 %2, got %3</source>
        <translation>la pré-vérification prévoyait %1 %2, résultat : %3</translation>
    </message>
    <message>
        <source>a JWT</source>
        <translation>un JWT</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>tokens issued</source>
        <translation>jetons émis</translation>
    </message>
</context>
<context>
    <name>orglens::explain::Rules</name>
    <message>
        <source>The default organization %1 is one the user is not a member of</source>
        <translation>L&apos;organisation par défaut %1 est une organisation dont l&apos;utilisateur n&apos;est pas membre</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id is &quot;%1&quot;</source>
        <translation>app_metadata.default_org_id vaut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the namespaced org claim is &quot;%1&quot;</source>
        <translation>la claim d&apos;organisation avec espace de noms vaut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 belongs to no organization</source>
        <translation>%1 n&apos;appartient à aucune organisation</translation>
    </message>
    <message>
        <source>%1 belongs to %2 only</source>
        <translation>%1 appartient uniquement à %2</translation>
    </message>
    <message>
        <source>the organizations of %1</source>
        <translation>les organisations de %1</translation>
    </message>
    <message>
        <source>Add %1 to organization %2, or set app_metadata.default_org_id to an organization the user belongs to.</source>
        <translation>Ajoutez %1 à l&apos;organisation %2, ou définissez app_metadata.default_org_id sur une organisation dont l&apos;utilisateur est membre.</translation>
    </message>
    <message>
        <source>Log in again (and exchange the new token): the exchange refuses an organization the user is not a member of.</source>
        <translation>Reconnectez-vous (et échangez le nouveau jeton) : l&apos;échange refuse une organisation dont l&apos;utilisateur n&apos;est pas membre.</translation>
    </message>
    <message>
        <source>The Device Authorization flow never sets org_id</source>
        <translation>Le flux Device Authorization ne définit jamais org_id</translation>
    </message>
    <message>
        <source>a namespaced org claim without org_id (%1): the device-flow workaround&apos;s Action</source>
        <translation>une claim d&apos;organisation avec espace de noms sans org_id (%1) : l&apos;Action du contournement pour le flux device</translation>
    </message>
    <message>
        <source>no org_id or org_name claim</source>
        <translation>aucune claim org_id ou org_name</translation>
    </message>
    <message>
        <source>Keep the device flow and exchange its token with Custom Token Exchange; the exchange Action calls api.authentication.setOrganization() with the namespaced claim (orglens-cli actions generate).</source>
        <translation>Conservez le flux device et échangez son jeton avec Custom Token Exchange ; l&apos;Action d&apos;échange appelle api.authentication.setOrganization() avec la claim avec espace de noms (orglens-cli actions generate).</translation>
    </message>
    <message>
        <source>Or add only a namespaced claim (https://&lt;namespace&gt;/org_id) from app_metadata.default_org_id with a Post-Login Action, for APIs that read it.</source>
        <translation>Ou ajoutez seulement une claim avec espace de noms (https://&lt;namespace&gt;/org_id) à partir d&apos;app_metadata.default_org_id avec une Action Post-Login, pour les API qui la lisent.</translation>
    </message>
    <message>
        <source>Or, where a browser is available, log in with authorization code + PKCE and organization=&lt;org id&gt;.</source>
        <translation>Ou, si un navigateur est disponible, connectez-vous avec authorization code + PKCE et organization=&lt;org id&gt;.</translation>
    </message>
    <message>
        <source>The access token is encrypted (JWE): its claims, org_id included, are hidden</source>
        <translation>Le jeton d&apos;accès est chiffré (JWE) : ses claims, y compris org_id, sont masquées</translation>
    </message>
    <message>
        <source>the token has five parts: a JWE, which only the API&apos;s private key decrypts</source>
        <translation>le jeton comporte cinq parties : un JWE, que seule la clé privée de l&apos;API peut déchiffrer</translation>
    </message>
    <message>
        <source>Look for org_id after decryption, in the API (the API&apos;s Token Encryption setting).</source>
        <translation>Recherchez org_id après déchiffrement, dans l&apos;API (paramètre Token Encryption de l&apos;API).</translation>
    </message>
    <message>
        <source>To read the claims here, turn Token Encryption off for a test API.</source>
        <translation>Pour lire les claims ici, désactivez Token Encryption sur une API de test.</translation>
    </message>
    <message>
        <source>Open APIs</source>
        <translation>Ouvrir les API</translation>
    </message>
    <message>
        <source>The token exchange ran without an organization (no organization parameter, no setOrganization)</source>
        <translation>L&apos;échange de jeton s&apos;est fait sans organisation (aucun paramètre organization, aucun setOrganization)</translation>
    </message>
    <message>
        <source>the exchanged token has no org_id</source>
        <translation>le jeton échangé n&apos;a pas d&apos;org_id</translation>
    </message>
    <message>
        <source>the exchange request sent no organization parameter</source>
        <translation>la requête d&apos;échange n&apos;a envoyé aucun paramètre organization</translation>
    </message>
    <message>
        <source>the exchange sent organization=%1, yet the token has no org_id</source>
        <translation>l&apos;échange a envoyé organization=%1, et pourtant le jeton n&apos;a pas d&apos;org_id</translation>
    </message>
    <message>
        <source>the subject token had no namespaced org claim for the Action to use</source>
        <translation>le jeton sujet n&apos;avait aucune claim d&apos;organisation avec espace de noms utilisable par l&apos;Action</translation>
    </message>
    <message>
        <source>the subject token had %1 = &quot;%2&quot;, which the exchange Action should pass to setOrganization()</source>
        <translation>le jeton sujet contenait %1 = &quot;%2&quot;, que l&apos;Action d&apos;échange devrait passer à setOrganization()</translation>
    </message>
    <message>
        <source>the subject token would show which organization to set</source>
        <translation>le jeton sujet indiquerait quelle organisation définir</translation>
    </message>
    <message>
        <source>Call api.authentication.setOrganization(&lt;org id from the subject token&apos;s claim&gt;) in the Custom Token Exchange Action (orglens-cli actions generate), or send organization=&lt;org id&gt; with the exchange.</source>
        <translation>Appelez api.authentication.setOrganization(&lt;org id issu de la claim du jeton sujet&gt;) dans l&apos;Action Custom Token Exchange (orglens-cli actions generate), ou envoyez organization=&lt;org id&gt; avec l&apos;échange.</translation>
    </message>
    <message>
        <source>Run the exchange again and check org_id in the result.</source>
        <translation>Relancez l&apos;échange et vérifiez org_id dans le résultat.</translation>
    </message>
    <message>
        <source>Open Actions</source>
        <translation>Ouvrir les Actions</translation>
    </message>
    <message>
        <source>org_id is &quot;%1&quot;</source>
        <translation>org_id vaut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>organization %1 exists (name &quot;%2&quot;)</source>
        <translation>l&apos;organisation %1 existe (nom &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>no organization %1 in the tenant</source>
        <translation>aucune organisation %1 dans le tenant</translation>
    </message>
    <message>
        <source>the organization is unknown</source>
        <translation>l&apos;organisation est inconnue</translation>
    </message>
    <message>
        <source>whether organization %1 exists</source>
        <translation>si l&apos;organisation %1 existe</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 est membre de %2</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 (any more)</source>
        <translation>%1 n&apos;est pas (ou plus) membre de %2</translation>
    </message>
    <message>
        <source>the user is not a member</source>
        <translation>l&apos;utilisateur n&apos;est pas membre</translation>
    </message>
    <message>
        <source>org_name &quot;%1&quot; matches the organization</source>
        <translation>org_name &quot;%1&quot; correspond à l&apos;organisation</translation>
    </message>
    <message>
        <source>org_name &quot;%1&quot; differs from the organization&apos;s name &quot;%2&quot;</source>
        <translation>org_name &quot;%1&quot; diffère du nom de l&apos;organisation &quot;%2&quot;</translation>
    </message>
    <message>
        <source>org_name does not match</source>
        <translation>org_name ne correspond pas</translation>
    </message>
    <message>
        <source>The token has org_id %1</source>
        <translation>Le jeton contient org_id %1</translation>
    </message>
    <message>
        <source>The token has org_id %1, but %2</source>
        <translation>Le jeton contient org_id %1, mais %2</translation>
    </message>
    <message>
        <source>Nothing is missing. The API should still validate the signature, iss, aud and exp, then check org_id against the organizations it knows.</source>
        <translation>Rien ne manque. L&apos;API doit tout de même valider la signature, iss, aud et exp, puis vérifier org_id par rapport aux organisations qu&apos;elle connaît.</translation>
    </message>
    <message>
        <source>Authorize by org_id, not org_name (names can change); if memberships change, expect tokens issued before to carry the old organization until they expire.</source>
        <translation>Autorisez par org_id, pas par org_name (les noms peuvent changer) ; si les appartenances changent, les jetons émis auparavant conserveront l&apos;ancienne organisation jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <source>Fix the organization or the membership in the tenant, then log in again.</source>
        <translation>Corrigez l&apos;organisation ou l&apos;appartenance dans le tenant, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>This is the ID token; the access token of the same login has org_id %1</source>
        <translation>Ceci est le jeton d&apos;ID ; le jeton d&apos;accès de la même connexion contient org_id %1</translation>
    </message>
    <message>
        <source>This is the access token; the ID token of the same login has org_id %1</source>
        <translation>Ceci est le jeton d&apos;accès ; le jeton d&apos;ID de la même connexion contient org_id %1</translation>
    </message>
    <message>
        <source>the session&apos;s other token carries org_id &quot;%1&quot;</source>
        <translation>l&apos;autre jeton de la session contient org_id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This looks like an ID token; APIs check the access token</source>
        <translation>Ceci ressemble à un jeton d&apos;ID ; les API vérifient le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>the session&apos;s access token has no org_id either</source>
        <translation>le jeton d&apos;accès de la session n&apos;a pas non plus d&apos;org_id</translation>
    </message>
    <message>
        <source>the access token of the same login would settle it (does it carry org_id?)</source>
        <translation>le jeton d&apos;accès de la même connexion permettrait de trancher (contient-il org_id ?)</translation>
    </message>
    <message>
        <source>Send the access token (requested with audience=&lt;API identifier&gt;) to the API; the ID token is for the client application.</source>
        <translation>Envoyez le jeton d&apos;accès (demandé avec audience=&lt;API identifier&gt;) à l&apos;API ; le jeton d&apos;ID est destiné à l&apos;application cliente.</translation>
    </message>
    <message>
        <source>Explain the access token of the same login.</source>
        <translation>Expliquer le jeton d&apos;accès de la même connexion.</translation>
    </message>
    <message>
        <source>The namespaced org claim was lost on refresh (the Action runs only for the device protocol)</source>
        <translation>La claim d&apos;organisation avec espace de noms a été perdue lors de l&apos;actualisation (l&apos;Action ne s&apos;exécute que pour le protocole device)</translation>
    </message>
    <message>
        <source>this token has no namespaced org_id claim</source>
        <translation>ce jeton n&apos;a pas de claim org_id avec espace de noms</translation>
    </message>
    <message>
        <source>the token it was refreshed from had %1</source>
        <translation>le jeton dont celui-ci est issu par actualisation contenait %1</translation>
    </message>
    <message>
        <source>the token this one was refreshed from would settle it (did it have the claim?)</source>
        <translation>le jeton dont celui-ci est issu par actualisation permettrait de trancher (contenait-il la claim ?)</translation>
    </message>
    <message>
        <source>Make the Post-Login Action also set the claim when event.transaction.protocol is &apos;oauth2-refresh-token&apos; (claims are not carried over on refresh).</source>
        <translation>Faites en sorte que l&apos;Action Post-Login définisse aussi la claim quand event.transaction.protocol vaut &apos;oauth2-refresh-token&apos; (les claims ne sont pas reportées lors de l&apos;actualisation).</translation>
    </message>
    <message>
        <source>Refresh again (or log in again) and check the new token.</source>
        <translation>Actualisez à nouveau (ou reconnectez-vous) et vérifiez le nouveau jeton.</translation>
    </message>
    <message>
        <source>Send organization=&lt;org id&gt; on the client credentials request to /oauth/token.</source>
        <translation>Envoyez organization=&lt;org id&gt; dans la requête client credentials vers /oauth/token.</translation>
    </message>
    <message>
        <source>the client grant&apos;s organization_usage for audience %1 (deny by default)</source>
        <translation>l&apos;organization_usage du client grant pour l&apos;audience %1 (deny par défaut)</translation>
    </message>
    <message>
        <source>If the client grant&apos;s organization_usage is deny (the default), set it to allow or require and associate the organization with the grant (or allow_any_organization).</source>
        <translation>Si l&apos;organization_usage du client grant vaut deny (la valeur par défaut), réglez-le sur allow ou require et associez l&apos;organisation au grant (ou allow_any_organization).</translation>
    </message>
    <message>
        <source>the client grant for %1 has no organization_usage (never set, so deny): no organization can be requested until the grant allows it</source>
        <translation>le client grant pour %1 n&apos;a pas d&apos;organization_usage (jamais défini, donc deny) : aucune organisation ne peut être demandée tant que le grant ne l&apos;autorise pas</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage deny: no organization can be requested until the grant allows it</source>
        <translation>le client grant pour %1 a organization_usage deny : aucune organisation ne peut être demandée tant que le grant ne l&apos;autorise pas</translation>
    </message>
    <message>
        <source>Set the client grant&apos;s organization_usage to allow or require and associate the organization with the grant (or allow_any_organization).</source>
        <translation>Réglez organization_usage du client grant sur allow ou require et associez l&apos;organisation au grant (ou allow_any_organization).</translation>
    </message>
    <message>
        <source>Then send organization=&lt;org id&gt; on the client credentials request to /oauth/token.</source>
        <translation>Envoyez ensuite organization=&lt;org id&gt; dans la requête client credentials vers /oauth/token.</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage allow: the token carries org_id only when the request sends organization</source>
        <translation>le client grant pour %1 a organization_usage allow : le jeton ne contient org_id que si la requête envoie organization</translation>
    </message>
    <message>
        <source>The organization must be associated with the client grant (allow_any_organization is false).</source>
        <translation>L&apos;organisation doit être associée au client grant (allow_any_organization vaut false).</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage %2: a request without organization is now refused unless the application has a default_organization, so this token predates that</source>
        <translation>le client grant pour %1 a organization_usage %2 : une requête sans organization est désormais refusée, sauf si l&apos;application a une default_organization ; ce jeton est donc antérieur</translation>
    </message>
    <message>
        <source>the client grant for %1 has organization_usage %2: a new token gets the application&apos;s default_organization %3, so this token predates that</source>
        <translation>le client grant pour %1 a organization_usage %2 : un nouveau jeton reçoit la default_organization %3 de l&apos;application ; ce jeton est donc antérieur</translation>
    </message>
    <message>
        <source>Request a new token (send organization=&lt;org id&gt;, or rely on the application&apos;s default_organization).</source>
        <translation>Demandez un nouveau jeton (envoyez organization=&lt;org id&gt; ou comptez sur la default_organization de l&apos;application).</translation>
    </message>
    <message>
        <source>A machine-to-machine token requested without an organization</source>
        <translation>Un jeton machine-to-machine demandé sans organisation</translation>
    </message>
    <message>
        <source>gty is &quot;client-credentials&quot;</source>
        <translation>gty vaut &quot;client-credentials&quot;</translation>
    </message>
    <message>
        <source>sub &quot;%1&quot; ends with @clients</source>
        <translation>sub &quot;%1&quot; se termine par @clients</translation>
    </message>
    <message>
        <source>the token request sent no organization parameter</source>
        <translation>la requête de jeton n&apos;a envoyé aucun paramètre organization</translation>
    </message>
    <message>
        <source>the request sent organization=%1, but the client grant does not allow it (organization_usage)</source>
        <translation>la requête a envoyé organization=%1, mais le client grant ne l&apos;autorise pas (organization_usage)</translation>
    </message>
    <message>
        <source>Open APIs (machine-to-machine access)</source>
        <translation>Ouvrir les API (accès machine-to-machine)</translation>
    </message>
    <message>
        <source>The org claim is under %1, but the exchange reads %2org_id</source>
        <translation>La claim d&apos;organisation est sous %1, mais l&apos;échange lit %2org_id</translation>
    </message>
    <message>
        <source>the token has %1 = &quot;%2&quot;</source>
        <translation>le jeton contient %1 = &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the profile&apos;s claim namespace is %1</source>
        <translation>l&apos;espace de noms des claims du profil est %1</translation>
    </message>
    <message>
        <source>no %1org_id claim</source>
        <translation>aucune claim %1org_id</translation>
    </message>
    <message>
        <source>Use one namespace in both Actions: the Post-Login Action that sets the claim and the Custom Token Exchange Action that reads it.</source>
        <translation>Utilisez le même espace de noms dans les deux Actions : l&apos;Action Post-Login qui définit la claim et l&apos;Action Custom Token Exchange qui la lit.</translation>
    </message>
    <message>
        <source>If the token is right, correct the profile&apos;s namespace (--namespace %1).</source>
        <translation>Si le jeton est correct, corrigez l&apos;espace de noms du profil (--namespace %1).</translation>
    </message>
    <message>
        <source>%1 has no app_metadata.default_org_id, so the Action adds no org claim</source>
        <translation>%1 n&apos;a pas d&apos;app_metadata.default_org_id, donc l&apos;Action n&apos;ajoute aucune claim d&apos;organisation</translation>
    </message>
    <message>
        <source>the token has no namespaced org_id claim</source>
        <translation>le jeton n&apos;a pas de claim org_id avec espace de noms</translation>
    </message>
    <message>
        <source>app_metadata is empty</source>
        <translation>app_metadata est vide</translation>
    </message>
    <message>
        <source>app_metadata has no default_org_id (keys: %1)</source>
        <translation>app_metadata n&apos;a pas de default_org_id (clés : %1)</translation>
    </message>
    <message>
        <source>the app_metadata of %1</source>
        <translation>l&apos;app_metadata de %1</translation>
    </message>
    <message>
        <source>Set app_metadata.default_org_id of %1 to an organization the user belongs to%2.</source>
        <translation>Définissez app_metadata.default_org_id de %1 sur une organisation dont l&apos;utilisateur est membre%2.</translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation> (par ex. %1)</translation>
    </message>
    <message>
        <source>Log in again: the Action then adds the namespaced claim, and the token exchange turns it into org_id.</source>
        <translation>Reconnectez-vous : l&apos;Action ajoute alors la claim avec espace de noms, et l&apos;échange de jeton la transforme en org_id.</translation>
    </message>
    <message>
        <source>The login did not ask for an organization (no organization parameter)</source>
        <translation>La connexion n&apos;a pas demandé d&apos;organisation (aucun paramètre organization)</translation>
    </message>
    <message>
        <source>the /authorize request had no organization parameter</source>
        <translation>la requête /authorize n&apos;avait aucun paramètre organization</translation>
    </message>
    <message>
        <source>the login&apos;s /authorize parameters would settle it (was organization sent?)</source>
        <translation>les paramètres /authorize de la connexion permettraient de trancher (organization a-t-il été envoyé ?)</translation>
    </message>
    <message>
        <source>no org_id, org_name or namespaced org claim</source>
        <translation>aucune claim org_id, org_name ou d&apos;organisation avec espace de noms</translation>
    </message>
    <message>
        <source>the application&apos;s organization_usage is deny (Type of Users: Individuals): it cannot log in with an organization</source>
        <translation>l&apos;organization_usage de l&apos;application est deny (type d&apos;utilisateurs : Individuals) : elle ne peut pas se connecter avec une organisation</translation>
    </message>
    <message>
        <source>the application&apos;s organization_usage is %1 (login flow %2): organization logins only when the app asks</source>
        <translation>l&apos;organization_usage de l&apos;application est %1 (flux de connexion %2) : connexions avec organisation uniquement quand l&apos;application le demande</translation>
    </message>
    <message>
        <source>the organization_usage of application %1</source>
        <translation>l&apos;organization_usage de l&apos;application %1</translation>
    </message>
    <message>
        <source>Send organization=&lt;org id&gt; on /authorize (the SDKs&apos; organization option).</source>
        <translation>Envoyez organization=&lt;org id&gt; sur /authorize (l&apos;option organization des SDK).</translation>
    </message>
    <message>
        <source>Or set the application&apos;s Type of Users to Business Users with a prompt, so users pick an organization at login.</source>
        <translation>Ou définissez le type d&apos;utilisateurs de l&apos;application sur Business Users avec invite, pour que les utilisateurs choisissent une organisation à la connexion.</translation>
    </message>
    <message>
        <source>Open the application&apos;s Organizations settings</source>
        <translation>Ouvrir les paramètres Organizations de l&apos;application</translation>
    </message>
    <message>
        <source>The token carries %1 but has not been exchanged for one with org_id</source>
        <translation>Le jeton contient %1 mais n&apos;a pas été échangé contre un jeton avec org_id</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;</source>
        <translation>%1 vaut &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no org_id claim</source>
        <translation>aucune claim org_id</translation>
    </message>
    <message>
        <source>the claim is under the profile&apos;s namespace %1</source>
        <translation>la claim se trouve sous l&apos;espace de noms du profil %1</translation>
    </message>
    <message>
        <source>the profile&apos;s claim namespace (the one the exchange Action reads) would settle it</source>
        <translation>l&apos;espace de noms des claims du profil (celui que lit l&apos;Action d&apos;échange) permettrait de trancher</translation>
    </message>
    <message>
        <source>the profile names no token exchange application</source>
        <translation>le profil ne désigne aucune application d&apos;échange de jeton</translation>
    </message>
    <message>
        <source>Exchange this token with Custom Token Exchange (subject_token_type of the exchange profile); the exchange Action sets the organization from %1.</source>
        <translation>Échangez ce jeton avec Custom Token Exchange (subject_token_type du profil d&apos;échange) ; l&apos;Action d&apos;échange définit l&apos;organisation à partir de %1.</translation>
    </message>
    <message>
        <source>Send the exchanged access token to the API.</source>
        <translation>Envoyez le jeton d&apos;accès échangé à l&apos;API.</translation>
    </message>
    <message>
        <source>The access token is opaque (no audience was requested): it carries no claims</source>
        <translation>Le jeton d&apos;accès est opaque (aucune audience demandée) : il ne contient aucune claim</translation>
    </message>
    <message>
        <source>the token is not a JWT (no dots): Auth0 issues opaque access tokens, good only for /userinfo, when the login names no API audience</source>
        <translation>le jeton n&apos;est pas un JWT (pas de points) : Auth0 émet des jetons d&apos;accès opaques, valables uniquement pour /userinfo, quand la connexion ne désigne aucune audience d&apos;API</translation>
    </message>
    <message>
        <source>The access token is only for /userinfo (no API audience)</source>
        <translation>Le jeton d&apos;accès ne sert qu&apos;à /userinfo (aucune audience d&apos;API)</translation>
    </message>
    <message>
        <source>aud is only &quot;%1&quot;</source>
        <translation>aud vaut uniquement &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the login sent no audience parameter</source>
        <translation>la connexion n&apos;a envoyé aucun paramètre audience</translation>
    </message>
    <message>
        <source>the login sent audience=%1</source>
        <translation>la connexion a envoyé audience=%1</translation>
    </message>
    <message>
        <source>the profile&apos;s API audience is %1</source>
        <translation>l&apos;audience d&apos;API du profil est %1</translation>
    </message>
    <message>
        <source>Request the API&apos;s identifier as audience=&lt;API identifier&gt; in the login (or set a Default Audience in the tenant settings).</source>
        <translation>Demandez l&apos;identifiant de l&apos;API avec audience=&lt;API identifier&gt; lors de la connexion (ou définissez une Default Audience dans les paramètres du tenant).</translation>
    </message>
    <message>
        <source>Send the resulting JWT access token to the API: it can carry org_id, an opaque one cannot.</source>
        <translation>Envoyez le jeton d&apos;accès JWT obtenu à l&apos;API : il peut contenir org_id, un jeton opaque non.</translation>
    </message>
    <message>
        <source>Open tenant settings (Default Audience)</source>
        <translation>Ouvrir les paramètres du tenant (Default Audience)</translation>
    </message>
    <message>
        <source>org_id is present but org_name is missing (organization names setting off)</source>
        <translation>org_id est présent mais org_name manque (paramètre des noms d&apos;organisation désactivé)</translation>
    </message>
    <message>
        <source>org_id is &quot;%1&quot;, no org_name</source>
        <translation>org_id vaut &quot;%1&quot;, pas d&apos;org_name</translation>
    </message>
    <message>
        <source>the profile expects organization names, but the tenant did not add org_name</source>
        <translation>le profil attend des noms d&apos;organisation, mais le tenant n&apos;a pas ajouté org_name</translation>
    </message>
    <message>
        <source>Allow Organization Names in Authentication API is off by default</source>
        <translation>Allow Organization Names in Authentication API est désactivé par défaut</translation>
    </message>
    <message>
        <source>Only if the API needs org_name: turn on &quot;Allow Organization Names in Authentication API&quot; (allow_organization_name_in_authentication_api) in the tenant settings (Settings → Advanced).</source>
        <translation>Seulement si l&apos;API a besoin de org_name : activez « Allow Organization Names in Authentication API » (allow_organization_name_in_authentication_api) dans les paramètres du tenant (Settings → Advanced).</translation>
    </message>
    <message>
        <source>Authorize by org_id in any case; names can change.</source>
        <translation>Autorisez par org_id dans tous les cas ; les noms peuvent changer.</translation>
    </message>
    <message>
        <source>Open tenant settings (Advanced)</source>
        <translation>Ouvrir les paramètres du tenant (Advanced)</translation>
    </message>
    <message>
        <source>The Resource Owner Password grant does not support Organizations</source>
        <translation>Le grant Resource Owner Password ne prend pas en charge les Organizations</translation>
    </message>
    <message>
        <source>gty is &quot;password&quot;</source>
        <translation>gty vaut &quot;password&quot;</translation>
    </message>
    <message>
        <source>Log in with the authorization code flow (PKCE) through Universal Login and send organization=&lt;org id&gt;.</source>
        <translation>Connectez-vous avec le flux authorization code (PKCE) via Universal Login et envoyez organization=&lt;org id&gt;.</translation>
    </message>
    <message>
        <source>Remove the Password grant from the application once nothing uses it.</source>
        <translation>Retirez le grant Password de l&apos;application dès que plus rien ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>An Action may set org_id itself, which Auth0 silently ignores (restricted claim)</source>
        <translation>Une Action peut définir org_id elle-même, ce qu&apos;Auth0 ignore silencieusement (claim restreinte)</translation>
    </message>
    <message>
        <source>an Action adds claims (%1), but there is no org claim</source>
        <translation>une Action ajoute des claims (%1), mais aucun claim d’organisation</translation>
    </message>
    <message>
        <source>the Action code would settle it: api.accessToken.setCustomClaim(&apos;org_id&apos;, …) has no effect</source>
        <translation>le code de l’Action permettrait de trancher : api.accessToken.setCustomClaim(&apos;org_id&apos;, …) n’a aucun effet</translation>
    </message>
    <message>
        <source>Set a namespaced claim instead (https://&lt;namespace&gt;/org_id), or log in with organization=&lt;org id&gt; to get the real org_id.</source>
        <translation>Définissez plutôt un claim avec espace de noms (https://&lt;namespace&gt;/org_id), ou connectez-vous avec organization=&lt;org id&gt; pour obtenir le vrai org_id.</translation>
    </message>
    <message>
        <source>org_id, org_name, permissions, gty, azp, aud, iss, sub and scope cannot be set by Actions.</source>
        <translation>org_id, org_name, permissions, gty, azp, aud, iss, sub et scope ne peuvent pas être définis par des Actions.</translation>
    </message>
    <message>
        <source>%1 would settle it (not fetched)</source>
        <translation>%1 permettrait de trancher (non récupéré)</translation>
    </message>
    <message>
        <source>%1 would settle it (could not be read: %2)</source>
        <translation>%1 permettrait de trancher (lecture impossible : %2)</translation>
    </message>
    <message>
        <source>Fetch tenant evidence</source>
        <translation>Récupérer les éléments du tenant</translation>
    </message>
    <message>
        <source>the flow that produced the token would settle it (OrgLens&apos;s session record, or --flow)</source>
        <translation>le flux qui a produit le jeton permettrait de trancher (l’historique de session d’OrgLens, ou --flow)</translation>
    </message>
    <message>
        <source>OrgLens&apos;s session record: the token came from the %1</source>
        <translation>historique de session d’OrgLens : le jeton provient du %1</translation>
    </message>
    <message>
        <source>declared flow: %1</source>
        <translation>flux déclaré : %1</translation>
    </message>
    <message>
        <source>the claims say the token came from the %1</source>
        <translation>d’après les claims, le jeton provient du %1</translation>
    </message>
    <message>
        <source>the chain started with the %1</source>
        <translation>la chaîne a commencé par le %1</translation>
    </message>
    <message>
        <source>Set default_org_id</source>
        <translation>Définir default_org_id</translation>
    </message>
    <message>
        <source>Run the token exchange</source>
        <translation>Lancer l’échange de jeton</translation>
    </message>
    <message>
        <source>Log in with organization</source>
        <translation>Se connecter avec une organisation</translation>
    </message>
    <message>
        <source>The token predates a change: a fresh login may carry the organization</source>
        <translation>Le jeton est antérieur à une modification : une nouvelle connexion pourrait porter l’organisation</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>le jeton a expiré le %1</translation>
    </message>
    <message>
        <source>the user was updated at %1, after the token was issued (%2)</source>
        <translation>l’utilisateur a été modifié le %1, après l’émission du jeton (%2)</translation>
    </message>
    <message>
        <source>refreshed from a login without organization; the user now belongs to %1</source>
        <translation>actualisé à partir d’une connexion sans organisation ; l’utilisateur appartient désormais à %1</translation>
    </message>
    <message>
        <source>Log in again with organization=&lt;org id&gt;; a refresh token keeps the organization (or none) of the login that issued it.</source>
        <translation>Reconnectez-vous avec organization=&lt;org id&gt; ; un refresh token conserve l’organisation (ou l’absence d’organisation) de la connexion qui l’a émis.</translation>
    </message>
    <message>
        <source>Revoke old refresh tokens after membership changes.</source>
        <translation>Révoquez les anciens refresh tokens après un changement d’appartenance.</translation>
    </message>
    <message>
        <source>The token comes from another tenant (%1), not %2</source>
        <translation>Le jeton provient d’un autre tenant (%1), pas de %2</translation>
    </message>
    <message>
        <source>iss is &quot;%1&quot;</source>
        <translation>iss vaut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expected issuer is %1</source>
        <translation>l’émetteur attendu est %1</translation>
    </message>
    <message>
        <source>Get the token from %1: check the domain the application logs in against (development vs production, custom domain vs canonical domain).</source>
        <translation>Obtenez le jeton auprès de %1 : vérifiez le domaine auquel l’application se connecte (développement ou production, domaine personnalisé ou domaine canonique).</translation>
    </message>
    <message>
        <source>Or explain the token with the profile of %1: organizations and members differ per tenant.</source>
        <translation>Ou expliquez le jeton avec le profil de %1 : les organisations et les membres diffèrent d’un tenant à l’autre.</translation>
    </message>
    <message>
        <source>CRITICAL: the token exchange accepts forged subject tokens (anyone can obtain tokens for any user and organization)</source>
        <translation>CRITIQUE : l’échange de jetons accepte des jetons sujets falsifiés (n’importe qui peut obtenir des jetons pour n’importe quel utilisateur et n’importe quelle organisation)</translation>
    </message>
    <message>
        <source>Until the Action verifies the subject token, take the exchange out of service: remove custom_authentication from the exchange application&apos;s token_exchange.allow_any_profile_of_type.</source>
        <translation>Tant que l’Action ne vérifie pas le jeton sujet, mettez l’échange hors service : retirez custom_authentication de token_exchange.allow_any_profile_of_type de l’application d’échange.</translation>
    </message>
    <message>
        <source>Check the tenant logs for token exchanges you cannot account for.</source>
        <translation>Recherchez dans les journaux du tenant les échanges de jetons que vous ne pouvez pas expliquer.</translation>
    </message>
    <message>
        <source>Open the exchange application</source>
        <translation>Ouvrir l’application d’échange</translation>
    </message>
    <message>
        <source>The exchange application may not use Custom Token Exchange (custom_authentication profiles)</source>
        <translation>L’application d’échange n’a pas le droit d’utiliser Custom Token Exchange (profils custom_authentication)</translation>
    </message>
    <message>
        <source>Exchange the device token again and check the new token.</source>
        <translation>Échangez à nouveau le jeton de l’appareil et vérifiez le nouveau jeton.</translation>
    </message>
    <message>
        <source>The token exchange is not set up: no token exchange profile for the subject token type names a deployed Action</source>
        <translation>L’échange de jetons n’est pas configuré : aucun profil d’échange de jetons pour le type de jeton sujet ne désigne une Action déployée</translation>
    </message>
    <message>
        <source>The exchange Action sets the organization from the device token&apos;s org claim: generate it with orglens-cli actions generate --which token-exchange.</source>
        <translation>L’Action d’échange définit l’organisation à partir du claim d’organisation du jeton de l’appareil : générez-la avec orglens-cli actions generate --which token-exchange.</translation>
    </message>
    <message>
        <source>The Post-Login Action, the exchange Action and the profile do not use one claim namespace</source>
        <translation>L’Action Post-Login, l’Action d’échange et le profil n’utilisent pas le même espace de noms de claims</translation>
    </message>
    <message>
        <source>tenant doctor, %1: %2</source>
        <translation>docteur du tenant, %1 : %2</translation>
    </message>
</context>
<context>
    <name>orglens::explain::SupportReport</name>
    <message>
        <source># The issuer is unknown (no session record, no profile): no reproduction.</source>
        <translation># L&apos;émetteur est inconnu (aucun enregistrement de session, aucun profil) : pas de reproduction.</translation>
    </message>
    <message>
        <source># 1. Start the device login, then approve it at verification_uri_complete.</source>
        <translation># 1. Lancez la connexion device, puis approuvez-la sur verification_uri_complete.</translation>
    </message>
    <message>
        <source># 2. Poll with the device_code from step 1.</source>
        <translation># 2. Interrogez avec le device_code de l&apos;étape 1.</translation>
    </message>
    <message>
        <source># 1. Open in a browser (CODE_CHALLENGE = BASE64URL(SHA256($CODE_VERIFIER))) and log in:</source>
        <translation># 1. Ouvrez dans un navigateur (CODE_CHALLENGE = BASE64URL(SHA256($CODE_VERIFIER))) et connectez-vous :</translation>
    </message>
    <message>
        <source># 2. Redeem the code from the redirect.</source>
        <translation># 2. Échangez le code reçu dans la redirection.</translation>
    </message>
    <message>
        <source># Refresh (the refresh token is not part of this report).</source>
        <translation># Actualisation (le jeton d&apos;actualisation ne fait pas partie de ce rapport).</translation>
    </message>
    <message>
        <source># Client credentials.</source>
        <translation># Identifiants client (client credentials).</translation>
    </message>
    <message>
        <source># Custom Token Exchange (SUBJECT_TOKEN: the access token that was exchanged).</source>
        <translation># Custom Token Exchange (SUBJECT_TOKEN : le jeton d&apos;accès qui a été échangé).</translation>
    </message>
    <message>
        <source># Resource Owner Password grant.</source>
        <translation># Grant Resource Owner Password.</translation>
    </message>
    <message>
        <source># The flow that produced the token is unknown: the login is not reproduced.</source>
        <translation># Le flux qui a produit le jeton est inconnu : la connexion n&apos;est pas reproduite.</translation>
    </message>
    <message>
        <source># Tenant evidence: MGMT_TOKEN is a Management API token (audience %1).</source>
        <translation># Éléments du tenant : MGMT_TOKEN est un jeton de la Management API (audience %1).</translation>
    </message>
    <message>
        <source>OrgLens support report</source>
        <translation>Rapport d&apos;assistance OrgLens</translation>
    </message>
    <message>
        <source>Generated %1. Signatures, refresh tokens and client secrets are never included.</source>
        <translation>Généré le %1. Les signatures, jetons d&apos;actualisation et secrets client ne sont jamais inclus.</translation>
    </message>
    <message>
        <source>Access and ID token values are included at the sender&apos;s request.</source>
        <translation>Les valeurs des jetons d&apos;accès et d&apos;ID sont incluses à la demande de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Token values are not included, only their decoded claims.</source>
        <translation>Les valeurs des jetons ne sont pas incluses, seulement leurs claims décodées.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>The token has org_id.</source>
        <translation>Le jeton contient org_id.</translation>
    </message>
    <message>
        <source>The token has no org_id.</source>
        <translation>Le jeton ne contient pas org_id.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>Jetons décodés</translation>
    </message>
    <message>
        <source>Not a decodable JWT (%1).</source>
        <translation>JWT non décodable (%1).</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Charge utile :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Tenant evidence</source>
        <translation>Éléments du tenant</translation>
    </message>
    <message>
        <source>Not fetched.</source>
        <translation>Non récupéré.</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduction</translation>
    </message>
    <message>
        <source>Secrets are placeholders ($CLIENT_SECRET, $REFRESH_TOKEN, ...): set them in your shell first.</source>
        <translation>Les secrets sont des espaces réservés ($CLIENT_SECRET, $REFRESH_TOKEN, ...) : définissez-les d&apos;abord dans votre shell.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1 : %2</translation>
    </message>
    <message>
        <source>Tenant doctor</source>
        <translation>Docteur du tenant</translation>
    </message>
    <message>
        <source>The org_id pipeline of %1, step by step.</source>
        <translation>La chaîne org_id de %1, étape par étape.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>check</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>correctif</translation>
    </message>
    <message>
        <source>Probe %1: %2</source>
        <translation>Sonde %1 : %2</translation>
    </message>
</context>
<context>
    <name>orglens::explain::TenantEvidenceFetcher</name>
    <message>
        <source>the tenant has no client grant of %1 for %2</source>
        <translation>le tenant n&apos;a pas de client grant de %1 pour %2</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::ClaimCatalogue</name>
    <message>
        <source>Issuer: who created and signed the token. Auth0 issuers are https://&lt;tenant domain&gt;/ with a trailing slash.</source>
        <translation>Émetteur : qui a créé et signé le jeton. Les émetteurs Auth0 sont https://&lt;domaine du tenant&gt;/ avec une barre oblique finale.</translation>
    </message>
    <message>
        <source>Subject: the user (e.g. auth0|123) or, for client credentials, &lt;client_id&gt;@clients.</source>
        <translation>Sujet : l&apos;utilisateur (par ex. auth0|123) ou, pour client credentials, &lt;client_id&gt;@clients.</translation>
    </message>
    <message>
        <source>Audience: who the token is for. ID tokens: the client id. Access tokens: the API identifier, plus &lt;issuer&gt;userinfo when &apos;openid&apos; was requested.</source>
        <translation>Audience : à qui le jeton est destiné. Jetons d&apos;identité : l&apos;identifiant client. Jetons d&apos;accès : l&apos;identifiant de l&apos;API, plus &lt;issuer&gt;userinfo quand « openid » a été demandé.</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted after this moment.</source>
        <translation>Date d&apos;expiration : le jeton ne doit plus être accepté après ce moment.</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before this moment.</source>
        <translation>Pas avant : le jeton ne doit pas être accepté avant ce moment.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Émis le : quand le jeton a été créé.</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token, usable to detect replays.</source>
        <translation>ID du JWT : un identifiant unique de ce jeton, utilisable pour détecter les rejeux.</translation>
    </message>
    <message>
        <source>Authentication time: when the user last actually logged in (not when this token was issued).</source>
        <translation>Heure d&apos;authentification : quand l&apos;utilisateur s&apos;est réellement connecté pour la dernière fois (pas quand ce jeton a été émis).</translation>
    </message>
    <message>
        <source>Nonce: the value the app sent on /authorize, echoed into the ID token to prevent replay.</source>
        <translation>Nonce : la valeur envoyée par l&apos;application à /authorize, renvoyée dans le jeton d&apos;identité pour empêcher les rejeux.</translation>
    </message>
    <message>
        <source>Authentication context class reference: the assurance level of the login (e.g. MFA policies).</source>
        <translation>Authentication Context Class Reference : le niveau d&apos;assurance de la connexion (par ex. politiques MFA).</translation>
    </message>
    <message>
        <source>Authentication methods used, e.g. [&quot;pwd&quot;], [&quot;mfa&quot;].</source>
        <translation>Méthodes d&apos;authentification utilisées, par ex. [&quot;pwd&quot;], [&quot;mfa&quot;].</translation>
    </message>
    <message>
        <source>Authorized party: the client id of the application the token was issued to.</source>
        <translation>Partie autorisée : l&apos;identifiant client de l&apos;application pour laquelle le jeton a été émis.</translation>
    </message>
    <message>
        <source>Access token hash: binds this ID token to the access token issued with it.</source>
        <translation>Hachage du jeton d&apos;accès : lie ce jeton d&apos;identité au jeton d&apos;accès émis avec lui.</translation>
    </message>
    <message>
        <source>Code hash: binds this ID token to the authorization code (hybrid flow).</source>
        <translation>Hachage du code : lie ce jeton d&apos;identité au code d&apos;autorisation (flux hybride).</translation>
    </message>
    <message>
        <source>State hash: binds this ID token to the state parameter.</source>
        <translation>Hachage de state : lie ce jeton d&apos;identité au paramètre state.</translation>
    </message>
    <message>
        <source>Session ID: the Auth0 login session, used for logout.</source>
        <translation>ID de session : la session de connexion Auth0, utilisée pour la déconnexion.</translation>
    </message>
    <message>
        <source>Full name of the user (profile scope).</source>
        <translation>Nom complet de l&apos;utilisateur (portée profile).</translation>
    </message>
    <message>
        <source>Given (first) name of the user (profile scope).</source>
        <translation>Prénom de l&apos;utilisateur (portée profile).</translation>
    </message>
    <message>
        <source>Family (last) name of the user (profile scope).</source>
        <translation>Nom de famille de l&apos;utilisateur (portée profile).</translation>
    </message>
    <message>
        <source>Middle name of the user (profile scope).</source>
        <translation>Deuxième prénom de l&apos;utilisateur (portée profile).</translation>
    </message>
    <message>
        <source>Casual name of the user; Auth0 defaults it to the part of the e-mail before the @.</source>
        <translation>Nom d&apos;usage de l&apos;utilisateur ; Auth0 prend par défaut la partie de l&apos;e-mail avant le @.</translation>
    </message>
    <message>
        <source>Username the user prefers to be called by.</source>
        <translation>Nom d&apos;utilisateur par lequel l&apos;utilisateur préfère être appelé.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page.</source>
        <translation>URL de la page de profil de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile picture.</source>
        <translation>URL de la photo de profil de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s web site.</source>
        <translation>URL du site web de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>E-mail address of the user (email scope).</source>
        <translation>Adresse e-mail de l&apos;utilisateur (portée email).</translation>
    </message>
    <message>
        <source>Whether the e-mail address has been verified.</source>
        <translation>Indique si l&apos;adresse e-mail a été vérifiée.</translation>
    </message>
    <message>
        <source>Gender of the user (profile scope).</source>
        <translation>Genre de l&apos;utilisateur (portée profile).</translation>
    </message>
    <message>
        <source>Birthday of the user, YYYY-MM-DD.</source>
        <translation>Date de naissance de l&apos;utilisateur, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Time zone of the user, e.g. Europe/Paris.</source>
        <translation>Fuseau horaire de l&apos;utilisateur, par ex. Europe/Paris.</translation>
    </message>
    <message>
        <source>Locale of the user, e.g. en-US.</source>
        <translation>Paramètres régionaux de l&apos;utilisateur, par ex. en-US.</translation>
    </message>
    <message>
        <source>Phone number of the user (phone scope).</source>
        <translation>Numéro de téléphone de l&apos;utilisateur (portée phone).</translation>
    </message>
    <message>
        <source>Whether the phone number has been verified.</source>
        <translation>Indique si le numéro de téléphone a été vérifié.</translation>
    </message>
    <message>
        <source>Postal address of the user (address scope).</source>
        <translation>Adresse postale de l&apos;utilisateur (portée address).</translation>
    </message>
    <message>
        <source>When the user&apos;s profile was last updated (Auth0 sends an ISO-8601 string here).</source>
        <translation>Date de dernière mise à jour du profil de l&apos;utilisateur (Auth0 envoie ici une chaîne ISO-8601).</translation>
    </message>
    <message>
        <source>Client the access token was issued to (RFC 9068 profile; Auth0&apos;s own profile uses azp).</source>
        <translation>Client pour lequel le jeton d&apos;accès a été émis (profil RFC 9068 ; le profil propre à Auth0 utilise azp).</translation>
    </message>
    <message>
        <source>Scopes granted, space-separated. What the API may let this token do.</source>
        <translation>Portées accordées, séparées par des espaces. Ce que l&apos;API peut autoriser avec ce jeton.</translation>
    </message>
    <message>
        <source>Roles of the subject (RFC 9068 / SCIM).</source>
        <translation>Rôles du sujet (RFC 9068 / SCIM).</translation>
    </message>
    <message>
        <source>Groups of the subject (RFC 9068 / SCIM).</source>
        <translation>Groupes du sujet (RFC 9068 / SCIM).</translation>
    </message>
    <message>
        <source>Entitlements of the subject (RFC 9068 / SCIM).</source>
        <translation>Droits (entitlements) du sujet (RFC 9068 / SCIM).</translation>
    </message>
    <message>
        <source>Actor: who is acting on behalf of the subject after a token exchange (RFC 8693).</source>
        <translation>Acteur : qui agit au nom du sujet après un échange de jetons (RFC 8693).</translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject in a token exchange (RFC 8693).</source>
        <translation>Qui peut agir au nom du sujet lors d&apos;un échange de jetons (RFC 8693).</translation>
    </message>
    <message>
        <source>Confirmation: the key the token is bound to (proof of possession, RFC 7800 / DPoP / mTLS).</source>
        <translation>Confirmation : la clé à laquelle le jeton est lié (preuve de possession, RFC 7800 / DPoP / mTLS).</translation>
    </message>
    <message>
        <source>Auth0 organization id. Present only when the login ran in organization context (the &apos;organization&apos; parameter or an organization prompt); never for the device flow.</source>
        <translation>Identifiant d&apos;organisation Auth0. Présent seulement quand la connexion s&apos;est faite dans le contexte d&apos;une organisation (le paramètre « organization » ou une invite d&apos;organisation) ; jamais pour le flux d&apos;appareil.</translation>
    </message>
    <message>
        <source>Auth0 organization name. Present with org_id only when the tenant setting &apos;Allow Organization Names in Authentication API&apos; is on.</source>
        <translation>Nom d&apos;organisation Auth0. Présent avec org_id seulement quand le paramètre du tenant « Allow Organization Names in Authentication API » est activé.</translation>
    </message>
    <message>
        <source>Auth0 grant type that produced the token: &apos;client-credentials&apos; (machine-to-machine) or &apos;password&apos; (resource owner password).</source>
        <translation>Type de grant Auth0 qui a produit le jeton : « client-credentials » (machine à machine) ou « password » (mot de passe du propriétaire de la ressource).</translation>
    </message>
    <message>
        <source>Auth0 RBAC permissions for this API (when &apos;Add Permissions in the Access Token&apos; is on). In organization logins, only from organization-member roles.</source>
        <translation>Permissions RBAC Auth0 pour cette API (quand « Add Permissions in the Access Token » est activé). Pour les connexions d&apos;organisation, uniquement issues des rôles de membre de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Signature algorithm. Auth0 signs with RS256 by default; &apos;none&apos; means unsigned and HS256 uses a shared secret.</source>
        <translation>Algorithme de signature. Auth0 signe en RS256 par défaut ; « none » signifie non signé et HS256 utilise un secret partagé.</translation>
    </message>
    <message>
        <source>Media type: &apos;JWT&apos;, or &apos;at+jwt&apos; for RFC 9068 access tokens.</source>
        <translation>Type de média : « JWT », ou « at+jwt » pour les jetons d&apos;accès RFC 9068.</translation>
    </message>
    <message>
        <source>Key ID: which key of the issuer&apos;s JWKS signed the token.</source>
        <translation>ID de clé : quelle clé du JWKS de l&apos;émetteur a signé le jeton.</translation>
    </message>
    <message>
        <source>Content type of the payload; &apos;JWT&apos; for nested tokens.</source>
        <translation>Type de contenu de la charge utile ; « JWT » pour les jetons imbriqués.</translation>
    </message>
    <message>
        <source>JWK Set URL named by the token itself. Never trusted: OrgLens takes keys only from the configured issuer.</source>
        <translation>URL de JWK Set désignée par le jeton lui-même. Jamais fiable : OrgLens ne prend les clés que de l&apos;émetteur configuré.</translation>
    </message>
    <message>
        <source>X.509 certificate URL named by the token itself. Never trusted or fetched.</source>
        <translation>URL de certificat X.509 désignée par le jeton lui-même. Jamais fiable ni téléchargée.</translation>
    </message>
    <message>
        <source>A public key embedded in the token. Never trusted: anyone can embed their own key.</source>
        <translation>Une clé publique intégrée au jeton. Jamais fiable : n&apos;importe qui peut y intégrer sa propre clé.</translation>
    </message>
    <message>
        <source>X.509 certificate chain embedded in the token. Not used for verification.</source>
        <translation>Chaîne de certificats X.509 intégrée au jeton. Non utilisée pour la vérification.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signing certificate; Auth0 sets it alongside kid.</source>
        <translation>Empreinte SHA-1 du certificat de signature ; Auth0 la définit à côté de kid.</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate.</source>
        <translation>Empreinte SHA-256 du certificat de signature.</translation>
    </message>
    <message>
        <source>Extensions the recipient must understand, or reject the token.</source>
        <translation>Extensions que le destinataire doit comprendre, sinon il doit refuser le jeton.</translation>
    </message>
    <message>
        <source>Content encryption algorithm (JWE only).</source>
        <translation>Algorithme de chiffrement du contenu (JWE uniquement).</translation>
    </message>
    <message>
        <source>Compression applied before encryption (JWE only).</source>
        <translation>Compression appliquée avant le chiffrement (JWE uniquement).</translation>
    </message>
    <message>
        <source>Custom claim &apos;%1&apos; under a namespace, added by an Auth0 Action or rule (api.accessToken.setCustomClaim / api.idToken.setCustomClaim).</source>
        <translation>Claim personnalisé « %1 » sous un espace de noms, ajouté par une Action ou une règle Auth0 (api.accessToken.setCustomClaim / api.idToken.setCustomClaim).</translation>
    </message>
    <message>
        <source>Not a registered or Auth0 claim and not namespaced. Auth0 accepts such custom claims (except on tokens for Auth0 APIs), but a namespaced name like https://your-domain/%1 avoids collisions with future standard claims.</source>
        <translation>Ni un claim enregistré ou Auth0, ni sous un espace de noms. Auth0 accepte de tels claims personnalisés (sauf sur les jetons destinés aux API Auth0), mais un nom avec espace de noms comme https://your-domain/%1 évite les collisions avec de futurs claims standard.</translation>
    </message>
    <message>
        <source>Header parameter not defined by JOSE.</source>
        <translation>Paramètre d&apos;en-tête non défini par JOSE.</translation>
    </message>
    <message>
        <source>JOSE header</source>
        <translation>En-tête JOSE</translation>
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
        <translation>Jeton d&apos;accès OAuth</translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation>Auth0</translation>
    </message>
    <message>
        <source>custom (namespaced)</source>
        <translation>personnalisé (avec espace de noms)</translation>
    </message>
    <message>
        <source>custom (no namespace)</source>
        <translation>personnalisé (sans espace de noms)</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::ClaimChain</name>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>ajouté par %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>modifié par %1</translation>
    </message>
    <message>
        <source>dropped by %1</source>
        <translation>supprimé par %1</translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::ClaimValidator</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>Aucun émetteur attendu n&apos;est configuré ; le jeton indique « %1 ».</translation>
    </message>
    <message>
        <source>No expected issuer configured.</source>
        <translation>Aucun émetteur attendu n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The token has no &apos;iss&apos; (issuer) string; expected &apos;%1&apos;.</source>
        <translation>Le jeton n&apos;a pas de chaîne « iss » (émetteur) ; « %1 » était attendu.</translation>
    </message>
    <message>
        <source>Issued by &apos;%1&apos;, as expected.</source>
        <translation>Émis par « %1 », comme attendu.</translation>
    </message>
    <message>
        <source>The configured issuer &apos;%1&apos; lacks the trailing &apos;/&apos;: Auth0 issuers end with a slash, and the token&apos;s iss is &apos;%2&apos;. Configure &apos;%2&apos; (issuers are compared exactly).</source>
        <translation>L&apos;émetteur configuré « %1 » n&apos;a pas de « / » final : les émetteurs Auth0 se terminent par une barre oblique, et l&apos;iss du jeton est « %2 ». Configurez « %2 » (les émetteurs sont comparés à l&apos;identique).</translation>
    </message>
    <message>
        <source>The token&apos;s iss &apos;%1&apos; has no trailing &apos;/&apos;, but Auth0 always issues &apos;%2&apos;. This token was not issued by that Auth0 tenant.</source>
        <translation>L&apos;iss « %1 » du jeton n&apos;a pas de « / » final, alors qu&apos;Auth0 émet toujours « %2 ». Ce jeton n&apos;a pas été émis par ce tenant Auth0.</translation>
    </message>
    <message>
        <source>Issued by &apos;%1&apos;, but &apos;%2&apos; was expected: the token comes from another tenant or environment (or a custom domain is in use).</source>
        <translation>Émis par « %1 », mais « %2 » était attendu : le jeton vient d&apos;un autre tenant ou d&apos;un autre environnement (ou un domaine personnalisé est utilisé).</translation>
    </message>
    <message>
        <source>No expected audience configured.</source>
        <translation>Aucune audience attendue n&apos;est configurée.</translation>
    </message>
    <message>
        <source>No expected audience configured; the token is for %1.</source>
        <translation>Aucune audience attendue n&apos;est configurée ; le jeton est destiné à %1.</translation>
    </message>
    <message>
        <source>The token has no &apos;aud&apos; (audience) claim; expected %1.</source>
        <translation>Le jeton n&apos;a pas de claim « aud » (audience) ; %1 était attendu.</translation>
    </message>
    <message>
        <source>&apos;aud&apos; must be a string or an array of strings.</source>
        <translation>« aud » doit être une chaîne ou un tableau de chaînes.</translation>
    </message>
    <message>
        <source>The audience includes &apos;%1&apos;.</source>
        <translation>L&apos;audience contient « %1 ».</translation>
    </message>
    <message>
        <source>The token is for %1, not for %2. Request the token with the right &apos;audience&apos; parameter.</source>
        <translation>Le jeton est destiné à %1, pas à %2. Demandez le jeton avec le bon paramètre « audience ».</translation>
    </message>
    <message>
        <source>The token has no &apos;exp&apos; claim, so it never expires; Auth0 tokens always have one.</source>
        <translation>Le jeton n&apos;a pas de claim « exp », il n&apos;expire donc jamais ; les jetons Auth0 en ont toujours un.</translation>
    </message>
    <message>
        <source>The token has no &apos;nbf&apos; claim.</source>
        <translation>Le jeton n&apos;a pas de claim « nbf ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds since 1970 (NumericDate) in the years 1 to 9999.</source>
        <translation>&apos;%1&apos; n’est pas un nombre de secondes depuis 1970 (NumericDate) entre les années 1 et 9999.</translation>
    </message>
    <message>
        <source>Expires in %1 (%2 UTC).</source>
        <translation>Expire dans %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>Expired %1 ago (%2 UTC), within the allowed clock skew of %3 s.</source>
        <translation>Expiré depuis %1 (%2 UTC), dans la limite du décalage d&apos;horloge toléré de %3 s.</translation>
    </message>
    <message>
        <source>Expired %1 ago (%2 UTC); the allowed clock skew is %3 s. Get a new token.</source>
        <translation>Expiré depuis %1 (%2 UTC) ; le décalage d&apos;horloge toléré est de %3 s. Obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <source>Valid since %1 UTC.</source>
        <translation>Valide depuis %1 UTC.</translation>
    </message>
    <message>
        <source>Valid in %1 (%2 UTC), within the allowed clock skew of %3 s.</source>
        <translation>Valide dans %1 (%2 UTC), dans la limite du décalage d&apos;horloge toléré de %3 s.</translation>
    </message>
    <message>
        <source>Not valid before %1 UTC, %2 from now; the allowed clock skew is %3 s. Check this computer&apos;s clock.</source>
        <translation>Pas valide avant %1 UTC, dans %2 ; le décalage d&apos;horloge toléré est de %3 s. Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>No expected client configured.</source>
        <translation>Aucun client attendu n&apos;est configuré.</translation>
    </message>
    <message>
        <source>No expected client configured; %1 is &apos;%2&apos;.</source>
        <translation>Aucun client attendu n&apos;est configuré ; %1 vaut « %2 ».</translation>
    </message>
    <message>
        <source>The token has no &apos;azp&apos; (or &apos;client_id&apos;) claim; expected client &apos;%1&apos;.</source>
        <translation>Le jeton n&apos;a pas de claim « azp » (ou « client_id ») ; le client « %1 » était attendu.</translation>
    </message>
    <message>
        <source>Issued to client &apos;%1&apos; (%2).</source>
        <translation>Émis pour le client « %1 » (%2).</translation>
    </message>
    <message>
        <source>Issued to client &apos;%1&apos; (%2), not to &apos;%3&apos;.</source>
        <translation>Émis pour le client « %1 » (%2), pas pour « %3 ».</translation>
    </message>
    <message>
        <source>Organization &apos;%1&apos;.</source>
        <translation>Organisation « %1 ».</translation>
    </message>
    <message>
        <source>No &apos;org_id&apos;: the login did not run in organization context (for example no &apos;organization&apos; parameter, or a flow that does not support Organizations).</source>
        <translation>Pas d&apos;« org_id » : la connexion ne s&apos;est pas faite dans le contexte d&apos;une organisation (par exemple sans paramètre « organization », ou avec un flux qui ne prend pas en charge les organisations).</translation>
    </message>
    <message>
        <source>&apos;org_id&apos; is not a string.</source>
        <translation>« org_id » n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>Organization name &apos;%1&apos;.</source>
        <translation>Nom de l&apos;organisation « %1 ».</translation>
    </message>
    <message>
        <source>&apos;org_name&apos; (&apos;%1&apos;) is present without &apos;org_id&apos;: Auth0 only adds org_name next to org_id, so this claim probably comes from elsewhere.</source>
        <translation>« org_name » (« %1 ») est présent sans « org_id » : Auth0 n&apos;ajoute org_name qu&apos;à côté d&apos;org_id, ce claim vient donc probablement d&apos;ailleurs.</translation>
    </message>
    <message>
        <source>No &apos;org_name&apos;: the tenant setting &quot;Allow Organization Names in Authentication API&quot; is off (it is off by default).</source>
        <translation>Pas d&apos;« org_name » : le paramètre du tenant &quot;Allow Organization Names in Authentication API&quot; est désactivé (il l&apos;est par défaut).</translation>
    </message>
    <message>
        <source>No &apos;org_name&apos; (no organization claims at all).</source>
        <translation>Pas d&apos;« org_name » (aucun claim d&apos;organisation).</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::Jwks</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>« %1 » manque</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a string</source>
        <translation>« %1 » n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid base64url</source>
        <translation>« %1 » n&apos;est pas du base64url valide</translation>
    </message>
    <message>
        <source>the RSA modulus has %1 bits; at least %2 are required</source>
        <translation>le module RSA a %1 bits ; au moins %2 sont requis</translation>
    </message>
    <message>
        <source>&apos;e&apos; is not a valid RSA public exponent</source>
        <translation>« e » n&apos;est pas un exposant public RSA valide</translation>
    </message>
    <message>
        <source>OpenSSL refused the RSA parameters</source>
        <translation>OpenSSL a refusé les paramètres RSA</translation>
    </message>
    <message>
        <source>curve &apos;%1&apos; is not supported (P-256, P-384 and P-521 are)</source>
        <translation>la courbe « %1 » n&apos;est pas prise en charge (P-256, P-384 et P-521 le sont)</translation>
    </message>
    <message>
        <source>&apos;x&apos; and &apos;y&apos; must be %1 bytes each for %2 (they are %3 and %4)</source>
        <translation>« x » et « y » doivent faire %1 octets chacun pour %2 (ils en font %3 et %4)</translation>
    </message>
    <message>
        <source>(&apos;x&apos;, &apos;y&apos;) is not a point on %1</source>
        <translation>(« x », « y ») n&apos;est pas un point de %1</translation>
    </message>
    <message>
        <source>curve &apos;%1&apos; is not supported for signatures (Ed25519 is)</source>
        <translation>la courbe « %1 » n&apos;est pas prise en charge pour les signatures (Ed25519 l&apos;est)</translation>
    </message>
    <message>
        <source>&apos;x&apos; must be 32 bytes for Ed25519 (it is %1)</source>
        <translation>« x » doit faire 32 octets pour Ed25519 (il en fait %1)</translation>
    </message>
    <message>
        <source>OpenSSL refused the Ed25519 key</source>
        <translation>OpenSSL a refusé la clé Ed25519</translation>
    </message>
    <message>
        <source>RSA %1-bit key</source>
        <translation>clé RSA de %1 bits</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>&apos;kty&apos; is missing or not a string</source>
        <translation>« kty » manque ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>symmetric key (kty &apos;oct&apos;) refused: a shared secret must never be published in a JWKS, and it cannot verify public-key signatures</source>
        <translation>clé symétrique (kty « oct ») refusée : un secret partagé ne doit jamais être publié dans un JWKS, et il ne peut pas vérifier des signatures à clé publique</translation>
    </message>
    <message>
        <source>contains private key material (%1) and was refused: a JWKS must publish public keys only. Treat this key as exposed and rotate it.</source>
        <translation>contient des éléments de clé privée (%1) et a été refusée : un JWKS ne doit publier que des clés publiques. Considérez cette clé comme exposée et remplacez-la.</translation>
    </message>
    <message>
        <source>&apos;use&apos; is &apos;%1&apos;, so the key is not for signatures</source>
        <translation>« use » vaut « %1 », la clé n&apos;est donc pas destinée aux signatures</translation>
    </message>
    <message>
        <source>&apos;key_ops&apos; does not include &apos;verify&apos;</source>
        <translation>« key_ops » ne contient pas « verify »</translation>
    </message>
    <message>
        <source>key type (kty) &apos;%1&apos; is not supported (RSA, EC and OKP are)</source>
        <translation>le type de clé (kty) « %1 » n&apos;est pas pris en charge (RSA, EC et OKP le sont)</translation>
    </message>
    <message>
        <source>&apos;alg&apos; is &apos;%1&apos;, not a signature algorithm OrgLens verifies (%2)</source>
        <translation>« alg » vaut « %1 », qui n&apos;est pas un algorithme de signature vérifié par OrgLens (%2)</translation>
    </message>
    <message>
        <source>&apos;alg&apos; %1 does not fit a %2 key</source>
        <translation>« alg » %1 ne convient pas à une clé %2</translation>
    </message>
    <message>
        <source>jwks: invalid JSON at offset %1 (%2)</source>
        <translation>jwks : JSON invalide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>jwks: the JSON is not an object; expected {&quot;keys&quot;: [...]} or a single JWK</source>
        <translation>jwks : le JSON n&apos;est pas un objet ; {&quot;keys&quot;: [...]} ou un JWK seul était attendu</translation>
    </message>
    <message>
        <source>jwks: &apos;keys&apos; is not an array</source>
        <translation>jwks : « keys » n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>jwks: neither a JWK Set (an object with a &apos;keys&apos; array) nor a JWK (an object with &apos;kty&apos;)</source>
        <translation>jwks : ni un JWK Set (un objet avec un tableau « keys ») ni un JWK (un objet avec « kty »)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>key %1 (kid %2)</source>
        <translation>clé %1 (kid %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: %2; key skipped.</source>
        <translation>%1 : %2 ; clé ignorée.</translation>
    </message>
    <message>
        <source>jwks: no usable key. %1</source>
        <translation>jwks : aucune clé utilisable. %1</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::JwksClient</name>
    <message>
        <source>&apos;%1&apos; is not an issuer URL; expected something like https://tenant.eu.auth0.com/.</source>
        <translation>« %1 » n&apos;est pas une URL d&apos;émetteur ; quelque chose comme https://tenant.eu.auth0.com/ est attendu.</translation>
    </message>
    <message>
        <source>The issuer URL &apos;%1&apos; must not contain a query, a fragment or credentials.</source>
        <translation>L&apos;URL d&apos;émetteur « %1 » ne doit contenir ni requête, ni fragment, ni identifiants.</translation>
    </message>
    <message>
        <source>Refusing to fetch keys over plain http from &apos;%1&apos;: anyone on the network could replace them. Use https (http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>Refus de télécharger des clés en http non chiffré depuis « %1 » : n&apos;importe qui sur le réseau pourrait les remplacer. Utilisez https (http n&apos;est autorisé que pour 127.0.0.1, ::1 et localhost).</translation>
    </message>
    <message>
        <source>The issuer URL &apos;%1&apos; must start with https://.</source>
        <translation>L&apos;URL d&apos;émetteur « %1 » doit commencer par https://.</translation>
    </message>
    <message>
        <source>kid %1 is not in the JWKS; it was fetched again %2 s ago and is fetched at most once a minute for an unknown kid, so try again in %3 s.</source>
        <translation>le kid %1 n&apos;est pas dans le JWKS ; celui-ci a été rechargé il y a %2 s et n&apos;est rechargé qu&apos;une fois par minute au plus pour un kid inconnu, réessayez donc dans %3 s.</translation>
    </message>
    <message>
        <source>OpenID discovery at %1 failed (%2); used %3.</source>
        <translation>La découverte OpenID sur %1 a échoué (%2) ; %3 utilisé.</translation>
    </message>
    <message>
        <source>no &apos;jwks_uri&apos; string in the document</source>
        <translation>pas de chaîne « jwks_uri » dans le document</translation>
    </message>
    <message>
        <source>The discovery document at %1 names jwks_uri &apos;%2&apos;, which is not on the issuer&apos;s own origin (%3://%4). OrgLens only fetches keys from the configured issuer; check the issuer URL, or pass the keys with --jwks FILE.</source>
        <translation>Le document de découverte sur %1 indique la jwks_uri « %2 », qui n&apos;est pas sur l&apos;origine propre de l&apos;émetteur (%3://%4). OrgLens ne télécharge les clés que depuis l&apos;émetteur configuré ; vérifiez l&apos;URL de l&apos;émetteur, ou passez les clés avec --jwks FICHIER.</translation>
    </message>
    <message>
        <source>The JWKS at %1 is unusable: %2</source>
        <translation>Le JWKS sur %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 a répondu HTTP %2 %3</translation>
    </message>
    <message>
        <source>fetching the keys from %1 was cancelled</source>
        <translation>la récupération des clés depuis %1 a été annulée</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found (check the domain name)</source>
        <translation>hôte introuvable (vérifiez le nom de domaine)</translation>
    </message>
    <message>
        <source>no answer within %1 s (timed out)</source>
        <translation>pas de réponse en %1 s (délai dépassé)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>échec de la négociation TLS (%1)</translation>
    </message>
    <message>
        <source>Cannot read the JWKS file &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le fichier JWKS « %1 » : %2</translation>
    </message>
    <message>
        <source>The JWKS file &apos;%1&apos; is %2 bytes; a key set is a few KB.</source>
        <translation>Le fichier JWKS « %1 » fait %2 octets ; un jeu de clés fait quelques Ko.</translation>
    </message>
    <message>
        <source>JWKS file &apos;%1&apos;: %2</source>
        <translation>Fichier JWKS « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::KindGuess</name>
    <message>
        <source>Looks like an ID token</source>
        <translation>Ressemble à un jeton d&apos;identité</translation>
    </message>
    <message>
        <source>Looks like an access token</source>
        <translation>Ressemble à un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Kind of token unclear</source>
        <translation>Type de jeton incertain</translation>
    </message>
    <message>
        <source> (grant: %1)</source>
        <translation> (grant : %1)</translation>
    </message>
    <message>
        <source>The header type is &apos;at+jwt&apos; (RFC 9068 access token).</source>
        <translation>Le type d&apos;en-tête est « at+jwt » (jeton d&apos;accès RFC 9068).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is present, which only ID tokens carry.</source>
        <translation>« %1 » est présent, ce que seuls les jetons d&apos;identité contiennent.</translation>
    </message>
    <message>
        <source>&apos;aud&apos; includes %1userinfo, the audience Auth0 adds to access tokens requested with &apos;openid&apos;.</source>
        <translation>« aud » contient %1userinfo, l&apos;audience qu&apos;Auth0 ajoute aux jetons d&apos;accès demandés avec « openid ».</translation>
    </message>
    <message>
        <source>&apos;aud&apos; names an API identifier (%1).</source>
        <translation>« aud » désigne un identifiant d&apos;API (%1).</translation>
    </message>
    <message>
        <source>&apos;aud&apos; is a single client id (%1), as in ID tokens.</source>
        <translation>« aud » est un identifiant client unique (%1), comme dans les jetons d&apos;identité.</translation>
    </message>
    <message>
        <source>&apos;scope&apos; is present, which access tokens carry.</source>
        <translation>« scope » est présent, ce que contiennent les jetons d&apos;accès.</translation>
    </message>
    <message>
        <source>&apos;permissions&apos; is present (Auth0 RBAC for an API).</source>
        <translation>« permissions » est présent (RBAC Auth0 pour une API).</translation>
    </message>
    <message>
        <source>Profile claims (name, email) without &apos;scope&apos; are typical of ID tokens.</source>
        <translation>Des claims de profil (name, email) sans « scope » sont typiques des jetons d&apos;identité.</translation>
    </message>
    <message>
        <source>&apos;gty&apos; is &apos;%1&apos;: Auth0 marks access tokens from that grant.</source>
        <translation>« gty » vaut « %1 » : Auth0 marque ainsi les jetons d&apos;accès issus de ce grant.</translation>
    </message>
    <message>
        <source>&apos;sub&apos; ends with @clients: a machine-to-machine token from the client credentials grant.</source>
        <translation>« sub » se termine par @clients : un jeton machine à machine issu du grant client credentials.</translation>
    </message>
    <message>
        <source>&apos;act&apos; is present: the token came from a token exchange (RFC 8693).</source>
        <translation>« act » est présent : le jeton provient d&apos;un échange de jetons (RFC 8693).</translation>
    </message>
    <message>
        <source>The claims do not say whether this is an ID token or an access token.</source>
        <translation>Les claims ne disent pas s&apos;il s&apos;agit d&apos;un jeton d&apos;identité ou d&apos;un jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::SignatureVerifier</name>
    <message>
        <source>a %1 key</source>
        <translation>une clé %1</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>une clé RSA</translation>
    </message>
    <message>
        <source>%1 needs %2, but the JWKS key is a %3 (key confusion refused)</source>
        <translation>%1 nécessite %2, mais la clé du JWKS est %3 (confusion de clés refusée)</translation>
    </message>
    <message>
        <source>the JWKS key %1 is for %2 only, but the token says %3 (algorithm substitution refused)</source>
        <translation>la clé %1 du JWKS est réservée à %2, mais le jeton indique %3 (substitution d&apos;algorithme refusée)</translation>
    </message>
    <message>
        <source>The token&apos;s %1 header parameter(s) were ignored: OrgLens never fetches or trusts keys named by the token itself, only the configured issuer&apos;s JWKS.</source>
        <translation>Le ou les paramètres d&apos;en-tête %1 du jeton ont été ignorés : OrgLens ne télécharge jamais de clés désignées par le jeton lui-même et ne s&apos;y fie pas, seulement au JWKS de l&apos;émetteur configuré.</translation>
    </message>
    <message>
        <source>The %1 signature is %2 bytes long; it must be exactly %3 (r and s, %4 bytes each, RFC 7518 §3.4). A DER-encoded signature is not valid in a JWS.</source>
        <translation>La signature %1 fait %2 octets ; elle doit en faire exactement %3 (r et s, %4 octets chacun, RFC 7518 §3.4). Une signature encodée en DER n&apos;est pas valide dans un JWS.</translation>
    </message>
    <message>
        <source>The EdDSA signature is %1 bytes long; an Ed25519 signature is 64.</source>
        <translation>La signature EdDSA fait %1 octets ; une signature Ed25519 en fait 64.</translation>
    </message>
    <message>
        <source>Signature verified with the %1 (%2).</source>
        <translation>Signature vérifiée avec %1 (%2).</translation>
    </message>
    <message>
        <source>Invalid signature: it does not match the %1. The token was altered or signed by another key.</source>
        <translation>Signature invalide : elle ne correspond pas à %1. Le jeton a été modifié ou signé avec une autre clé.</translation>
    </message>
    <message>
        <source>Invalid signature: it matches none of the %1 keys of the JWKS that fit %2.</source>
        <translation>Signature invalide : elle ne correspond à aucune des %1 clés du JWKS compatibles avec %2.</translation>
    </message>
    <message>
        <source>The JWKS has no usable key, so the signature cannot be checked.</source>
        <translation>Le JWKS n&apos;a aucune clé utilisable, la signature ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <source>Invalid: %1.</source>
        <translation>Invalide : %1.</translation>
    </message>
    <message>
        <source>There is no key with kid %1 in the JWKS (the issuer may have rotated its keys: refreshing the JWKS may help).</source>
        <translation>Le JWKS n&apos;a pas de clé de kid %1 (l&apos;émetteur a peut-être renouvelé ses clés : recharger le JWKS peut aider).</translation>
    </message>
    <message>
        <source>The token has no kid and the JWKS has no key that fits %1.</source>
        <translation>Le jeton n&apos;a pas de kid et le JWKS n&apos;a pas de clé compatible avec %1.</translation>
    </message>
    <message>
        <source>alg &apos;%1&apos; means unsigned: refused. Anyone can forge such a token.</source>
        <translation>alg « %1 » signifie non signé : refusé. N&apos;importe qui peut forger un tel jeton.</translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm; a public JWKS cannot verify it (possible key-confusion attack). Auth0 signs with RS256 unless the application is configured for HS256.</source>
        <translation>%1 est un algorithme à secret partagé ; un JWKS public ne peut pas le vérifier (attaque possible par confusion de clés). Auth0 signe en RS256 sauf si l&apos;application est configurée pour HS256.</translation>
    </message>
    <message>
        <source>alg &apos;%1&apos; is not supported; OrgLens verifies %2.</source>
        <translation>alg « %1 » n&apos;est pas pris en charge ; OrgLens vérifie %2.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::SigningKey</name>
    <message>
        <source>The token is signed with &apos;%1&apos;; this tenant signs with RS256.</source>
        <translation>Le jeton est signé avec « %1 » ; ce tenant signe avec RS256.</translation>
    </message>
    <message>
        <source>The token&apos;s key id &apos;%1&apos; is not this tenant&apos;s signing key &apos;%2&apos; (a token from another tenant or an earlier start of the demo tenant).</source>
        <translation>L&apos;identifiant de clé « %1 » du jeton n&apos;est pas la clé de signature « %2 » de ce tenant (un jeton d&apos;un autre tenant ou d&apos;un démarrage précédent du tenant de démonstration).</translation>
    </message>
    <message>
        <source>The token&apos;s signature does not verify with this tenant&apos;s key &apos;%1&apos;.</source>
        <translation>La signature du jeton ne se vérifie pas avec la clé « %1 » de ce tenant.</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré depuis %1</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>pas encore valide pendant %1</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>valide depuis %1</translation>
    </message>
    <message>
        <source>issued %1 in the future: check the clocks</source>
        <translation>émis %1 dans le futur : vérifiez les horloges</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>émis il y a %1</translation>
    </message>
    <message>
        <source>authenticated %1 in the future: check the clocks</source>
        <translation>authentifié %1 dans le futur : vérifiez les horloges</translation>
    </message>
    <message>
        <source>authenticated %1 ago</source>
        <translation>authentifié il y a %1</translation>
    </message>
    <message>
        <source>updated %1 in the future</source>
        <translation>mis à jour %1 dans le futur</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>mis à jour il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenDecoder</name>
    <message>
        <source>Read the token from an &apos;Authorization:&apos; header line.</source>
        <translation>Jeton lu depuis une ligne d&apos;en-tête « Authorization: ».</translation>
    </message>
    <message>
        <source>Removed the &apos;Bearer &apos; prefix.</source>
        <translation>Préfixe « Bearer » supprimé.</translation>
    </message>
    <message>
        <source>%1: the JSON is nested more than %2 levels deep and was refused; real tokens nest a few levels, so this one is malformed or hostile.</source>
        <translation>%1 : le JSON est imbriqué sur plus de %2 niveaux et a été refusé ; les vrais jetons n’ont que quelques niveaux, celui-ci est donc malformé ou malveillant.</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2 (%3).</source>
        <translation>%1 : JSON invalide à la position %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the JSON is %2, but a JWT %1 must be a JSON object.</source>
        <translation>%1 : le JSON est %2, mais un %1 de JWT doit être un objet JSON.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>%1: padding character &apos;=&apos; at position %2 inside the base64url text.</source>
        <translation>%1 : caractère de remplissage « = » à la position %2 dans le texte base64url.</translation>
    </message>
    <message>
        <source>%1: illegal character %2 at position %3; base64url allows only A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>%1 : caractère interdit %2 à la position %3 ; base64url n&apos;autorise que A-Z, a-z, 0-9, « - » et « _ ».</translation>
    </message>
    <message>
        <source>%1: %2 base64url characters cannot encode whole bytes; the token was probably cut short.</source>
        <translation>%1 : %2 caractères base64url ne peuvent pas encoder des octets entiers ; le jeton a probablement été tronqué.</translation>
    </message>
    <message>
        <source>%1: not valid base64url.</source>
        <translation>%1 : base64url invalide.</translation>
    </message>
    <message>
        <source>The input is %1 bytes long; tokens over %2 bytes are refused.</source>
        <translation>L&apos;entrée fait %1 octets ; les jetons de plus de %2 octets sont refusés.</translation>
    </message>
    <message>
        <source>No token given: the input is empty.</source>
        <translation>Aucun jeton fourni : l&apos;entrée est vide.</translation>
    </message>
    <message>
        <source>This is an opaque token (no dots), not a JWT: it cannot be decoded. Auth0 issues opaque access tokens when no &apos;audience&apos; is requested; they are only good for /userinfo.</source>
        <translation>Ceci est un jeton opaque (sans points), pas un JWT : il ne peut pas être décodé. Auth0 émet des jetons d&apos;accès opaques quand aucune « audience » n&apos;est demandée ; ils ne servent que pour /userinfo.</translation>
    </message>
    <message>
        <source>The token has %1 parts; a JWS has 3 (a JWE has 5: encrypted tokens cannot be decoded).</source>
        <translation>Le jeton a %1 parties ; un JWS en a 3 (un JWE en a 5 : les jetons chiffrés ne peuvent pas être décodés).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>header: missing &apos;alg&apos;; every JWS header must name its signature algorithm.</source>
        <translation>en-tête : « alg » manque ; tout en-tête JWS doit nommer son algorithme de signature.</translation>
    </message>
    <message>
        <source>Removed line breaks/spaces inside the token.</source>
        <translation>Sauts de ligne/espaces à l’intérieur du jeton supprimés.</translation>
    </message>
    <message>
        <source>Its protected header cannot be read either.</source>
        <translation>Son en-tête protégé n’est pas lisible non plus.</translation>
    </message>
    <message>
        <source>Protected header: %1.</source>
        <translation>En-tête protégé : %1.</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, 5 parts). %1 Encrypted: the payload cannot be read without the tenant&apos;s key (the private key of the API it was issued for).</source>
        <translation>Ceci est un jeton chiffré (JWE, 5 parties). %1 Chiffré : la charge utile ne peut pas être lue sans la clé du tenant (la clé privée de l’API pour laquelle il a été émis).</translation>
    </message>
    <message>
        <source>This is not a token: it has spaces or line breaks between words. A token is one unbroken string; a JWT is three parts of letters, digits, &apos;-&apos; and &apos;_&apos; joined by dots.</source>
        <translation>Ceci n’est pas un jeton : il contient des espaces ou des sauts de ligne entre des mots. Un jeton est une chaîne d’un seul tenant ; un JWT est formé de trois parties de lettres, chiffres, « - » et « _ » reliées par des points.</translation>
    </message>
    <message>
        <source>This is not a token: it contains %1, a character no token has. Opaque access tokens and refresh tokens use only A-Z, a-z, 0-9, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;, &apos;~&apos;, &apos;+&apos;, &apos;/&apos; and a trailing &apos;=&apos;; a JWT is three parts joined by dots.</source>
        <translation>Ceci n’est pas un jeton : il contient %1, un caractère qu’aucun jeton ne contient. Les jetons d’accès opaques et les jetons de rafraîchissement n’utilisent que A-Z, a-z, 0-9, « - », « . », « _ », « ~ », « + », « / » et un « = » final ; un JWT est formé de trois parties reliées par des points.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenDiffModel</name>
    <message>
        <source>Differs on every issuance; usually not a meaningful difference.</source>
        <translation>Diffère à chaque émission ; ce n&apos;est généralement pas une différence significative.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenInspection</name>
    <message>
        <source>The token is unsigned (alg &apos;none&apos;): anyone could have written it.</source>
        <translation>Le jeton n&apos;est pas signé (alg « none ») : n&apos;importe qui a pu l&apos;écrire.</translation>
    </message>
    <message>
        <source>Signed with a shared secret (%1): only holders of the client secret can verify it, and a public JWKS cannot. Auth0 APIs should use RS256.</source>
        <translation>Signé avec un secret partagé (%1) : seuls les détenteurs du secret client peuvent le vérifier, un JWKS public ne le peut pas. Les API Auth0 devraient utiliser RS256.</translation>
    </message>
    <message>
        <source>The header carries &apos;%1&apos;. OrgLens never fetches or uses key material named by a token; keys come only from the configured issuer.</source>
        <translation>L&apos;en-tête contient « %1 ». OrgLens ne télécharge ni n&apos;utilise jamais de clés désignées par un jeton ; les clés viennent uniquement de l&apos;émetteur configuré.</translation>
    </message>
    <message>
        <source>The header lists critical extensions (&apos;crit&apos;) that must be understood.</source>
        <translation>L&apos;en-tête liste des extensions critiques (« crit ») qui doivent être comprises.</translation>
    </message>
    <message>
        <source>The token has no &apos;exp&apos;: it never expires.</source>
        <translation>Le jeton n&apos;a pas d&apos;« exp » : il n&apos;expire jamais.</translation>
    </message>
    <message>
        <source>The token expired %1 ago.</source>
        <translation>Le jeton a expiré il y a %1.</translation>
    </message>
    <message>
        <source>The token is not valid for another %1 (&apos;nbf&apos;).</source>
        <translation>Le jeton n&apos;est pas valide avant %1 (« nbf »).</translation>
    </message>
    <message>
        <source>&apos;iat&apos; is %1 in the future: the issuer&apos;s clock or this computer&apos;s is wrong.</source>
        <translation>« iat » est %1 dans le futur : l&apos;horloge de l&apos;émetteur ou celle de cet ordinateur est fausse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds.</source>
        <translation>« %1 » n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>Unknown claims without a namespace: %1. Auth0 refuses them on tokens for its own APIs; prefer https://your-domain/&lt;claim&gt;.</source>
        <translation>Claims inconnus sans espace de noms : %1. Auth0 les refuse sur les jetons destinés à ses propres API ; préférez https://your-domain/&lt;claim&gt;.</translation>
    </message>
    <message>
        <source>&apos;org_name&apos; is present without &apos;org_id&apos;; Auth0 always sends both together.</source>
        <translation>« org_name » est présent sans « org_id » ; Auth0 envoie toujours les deux ensemble.</translation>
    </message>
</context>
<context>
    <name>orglens::jwt::TokenTreeModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>How the token is signed (JOSE header)</source>
        <translation>Comment le jeton est signé (en-tête JOSE)</translation>
    </message>
    <message>
        <source>What the token says (claims)</source>
        <translation>Ce que dit le jeton (claims)</translation>
    </message>
    <message>
        <source>Defined by: %1</source>
        <translation>Défini par : %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 clé}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 clés}</translation>
    </message>
</context>
<context>
    <name>orglens::management::ApiError</name>
    <message>
        <source>Hint: %1</source>
        <translation>Conseil : %1</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>the scope the message names</source>
        <translation>la portée nommée dans le message</translation>
    </message>
    <message>
        <source>grant the machine-to-machine application the Management API scope %1 (Dashboard &gt; Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications), then request a new token.</source>
        <translation>accordez à l&apos;application machine à machine la portée %1 de la Management API (Dashboard &gt; Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications), puis demandez un nouveau jeton.</translation>
    </message>
    <message>
        <source>no user has that user_id: check the id including its connection prefix (e.g. auth0|...), or find it with &apos;users search&apos; or &apos;users by-email&apos;.</source>
        <translation>aucun utilisateur n&apos;a ce user_id : vérifiez l&apos;identifiant avec son préfixe de connexion (par ex. auth0|...), ou trouvez-le avec « users search » ou « users by-email ».</translation>
    </message>
    <message>
        <source>no organization has that id or name: list them with &apos;orgs list&apos;.</source>
        <translation>aucune organisation n&apos;a cet identifiant ou ce nom : listez-les avec « orgs list ».</translation>
    </message>
    <message>
        <source>the tenant&apos;s Management API rate limit was reached; lower --concurrency or retry later.</source>
        <translation>la limite de débit de la Management API du tenant est atteinte ; réduisez --concurrency ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>the token was issued for another API: the Management API audience is https://&lt;domain&gt;/api/v2/ of the same tenant (use the tenant&apos;s canonical domain, not a custom domain).</source>
        <translation>le jeton a été émis pour une autre API : l&apos;audience de la Management API est https://&lt;domaine&gt;/api/v2/ du même tenant (utilisez le domaine canonique du tenant, pas un domaine personnalisé).</translation>
    </message>
    <message>
        <source>the access token expired; a new one is requested automatically.</source>
        <translation>le jeton d&apos;accès a expiré ; un nouveau est demandé automatiquement.</translation>
    </message>
    <message>
        <source>the Management API refused the token: check the profile&apos;s issuer and machine-to-machine application.</source>
        <translation>la Management API a refusé le jeton : vérifiez l&apos;émetteur et l&apos;application machine à machine du profil.</translation>
    </message>
    <message>
        <source>the tenant had an internal error; the request was retried with backoff.</source>
        <translation>le tenant a eu une erreur interne ; la requête a été répétée avec temporisation.</translation>
    </message>
</context>
<context>
    <name>orglens::management::AuditLog</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>no audit entry has the id &apos;%1&apos;; list them with &apos;orglens-cli audit list&apos;.</source>
        <translation>aucune entrée d&apos;audit n&apos;a l&apos;identifiant « %1 » ; listez-les avec « orglens-cli audit list ».</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>%1 line %2 was skipped: %3</source>
        <translation>%1, ligne %2 ignorée : %3</translation>
    </message>
    <message>
        <source>an entry without id, user_id or time</source>
        <translation>une entrée sans id, user_id ni time</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkJournal</name>
    <message>
        <source>the journal %1 already exists from an earlier run: continue it with --resume, or delete it to start over.</source>
        <translation>le journal %1 existe déjà d&apos;une exécution précédente : reprenez-la avec --resume, ou supprimez-le pour recommencer.</translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1; run without --resume to start, or give --journal FILE.</source>
        <translation>--resume : il n&apos;y a pas de journal à %1 ; lancez sans --resume pour commencer, ou indiquez --journal FICHIER.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot repair %1: %2</source>
        <translation>impossible de réparer %1 : %2</translation>
    </message>
    <message>
        <source>the journal %1 belongs to another version of the CSV file (its SHA-256 differs); resume with the original file, or start a new run with another --journal.</source>
        <translation>le journal %1 appartient à une autre version du fichier CSV (son SHA-256 diffère) ; reprenez avec le fichier d&apos;origine, ou lancez une nouvelle exécution avec un autre --journal.</translation>
    </message>
    <message>
        <source>the journal %1 was written for the tenant %2, not %3.</source>
        <translation>le journal %1 a été écrit pour le tenant %2, pas pour %3.</translation>
    </message>
    <message>
        <source>another run (pid %1) is using the journal %2: wait for it to end or stop it, then resume. Two runs on one journal could send a row twice.</source>
        <translation>une autre exécution (pid %1) utilise le journal %2 : attendez qu&apos;elle se termine ou arrêtez-la, puis reprenez. Deux exécutions sur un même journal pourraient envoyer une ligne deux fois.</translation>
    </message>
    <message>
        <source>cannot create the journal %1: %2</source>
        <translation>impossible de créer le journal %1 : %2</translation>
    </message>
    <message>
        <source>journal line %1 cannot be read; the journal is damaged.</source>
        <translation>la ligne %1 du journal est illisible ; le journal est endommagé.</translation>
    </message>
    <message>
        <source>journal line %1 has an unknown type &apos;%2&apos;.</source>
        <translation>la ligne %1 du journal a un type inconnu « %2 ».</translation>
    </message>
    <message>
        <source>journal line %1 has an unknown status &apos;%2&apos;.</source>
        <translation>la ligne %1 du journal a un statut inconnu « %2 ».</translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkPlan</name>
    <message>
        <source>the file is empty; the first line must be the header user_id,org_id or email,org_id.</source>
        <translation>le fichier est vide ; la première ligne doit être l&apos;en-tête user_id,org_id ou email,org_id.</translation>
    </message>
    <message>
        <source>the header is &apos;%1&apos;; it must be user_id,org_id or email,org_id.</source>
        <translation>l&apos;en-tête est « %1 » ; il doit être user_id,org_id ou email,org_id.</translation>
    </message>
    <message>
        <source>expected 2 fields (%1,org_id), found %2.</source>
        <translation>2 champs (%1,org_id) attendus, %2 trouvés.</translation>
    </message>
    <message>
        <source>empty %1.</source>
        <translation>%1 vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>no user has the e-mail %1</source>
        <translation>aucun utilisateur n&apos;a l&apos;e-mail %1</translation>
    </message>
    <message>
        <source>%1 users have the e-mail %2 (%3); use user_id instead</source>
        <translation>%1 utilisateurs ont l&apos;e-mail %2 (%3) ; utilisez plutôt user_id</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>utilisateur inconnu %1</translation>
    </message>
    <message>
        <source>unknown organization %1</source>
        <translation>organisation inconnue %1</translation>
    </message>
    <message>
        <source>duplicate user %1 (already on line %2)</source>
        <translation>utilisateur en double %1 (déjà à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 is not a member of %2, so the organization could not be used on tokens; add the membership first or pass --allow-non-member</source>
        <translation>%1 n&apos;est pas membre de %2, l&apos;organisation ne pourrait donc pas être utilisée dans les jetons ; ajoutez d&apos;abord l&apos;adhésion ou passez --allow-non-member</translation>
    </message>
</context>
<context>
    <name>orglens::management::BulkRunner</name>
    <message>
        <source>done in an earlier run</source>
        <translation>fait lors d&apos;une exécution précédente</translation>
    </message>
    <message>
        <source>applied by the interrupted run</source>
        <translation>appliqué par l&apos;exécution interrompue</translation>
    </message>
    <message>
        <source>already %1</source>
        <translation>déjà %1</translation>
    </message>
    <message>
        <source>the API answered but default_org_id reads &apos;%1&apos;</source>
        <translation>l&apos;API a répondu mais default_org_id vaut « %1 »</translation>
    </message>
    <message>
        <source>not started: the run stopped (%1)</source>
        <translation>non commencée : l&apos;exécution s&apos;est arrêtée (%1)</translation>
    </message>
    <message>
        <source>applied, but its audit entry could not be written (%1): undo it by hand, the value before was %2</source>
        <translation>appliquée, mais son entrée d&apos;audit n&apos;a pas pu être écrite (%1) : annulez-la à la main, la valeur précédente était %2</translation>
    </message>
</context>
<context>
    <name>orglens::management::CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and write a quote as &quot;&quot;.</source>
        <translation>un guillemet dans un champ sans guillemets ; mettez tout le champ entre guillemets et écrivez un guillemet sous la forme &quot;&quot;.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; put a &apos;,&apos; there or move the text inside the quotes.</source>
        <translation>du texte après le guillemet fermant d&apos;un champ ; mettez une « , » à cet endroit ou placez le texte entre les guillemets.</translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed; add the closing quote.</source>
        <translation>le champ entre guillemets qui commence ici n&apos;est jamais fermé ; ajoutez le guillemet fermant.</translation>
    </message>
</context>
<context>
    <name>orglens::management::DefaultOrgEditor</name>
    <message>
        <source>no user has the e-mail %1.</source>
        <translation>aucun utilisateur n&apos;a l&apos;e-mail %1.</translation>
    </message>
    <message>
        <source>%1 users have the e-mail %2; give the user_id instead.</source>
        <translation>%1 utilisateurs ont l&apos;e-mail %2 ; indiquez plutôt le user_id.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 (%3): a token exchanged for this user could not carry that organization. Add the membership first, or pass --allow-non-member.</source>
        <translation>%1 n&apos;est pas membre de %2 (%3) : un jeton échangé pour cet utilisateur ne pourrait pas porter cette organisation. Ajoutez d&apos;abord l&apos;adhésion, ou passez --allow-non-member.</translation>
    </message>
    <message>
        <source>the change was sent but default_org_id now reads %1 instead of %2.</source>
        <translation>la modification a été envoyée mais default_org_id vaut maintenant %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>audit entry %1 changed the tenant %2, not %3: use the profile of that tenant.</source>
        <translation>l&apos;entrée d&apos;audit %1 a modifié le tenant %2, pas %3 : utilisez le profil de ce tenant.</translation>
    </message>
    <message>
        <source>default_org_id of %1 is now %2, not %3 as audit entry %4 left it: it was changed since. Undo anyway with --force.</source>
        <translation>default_org_id de %1 vaut maintenant %2, et non %3 comme l&apos;avait laissé l&apos;entrée d&apos;audit %4 : il a été modifié depuis. Annulez quand même avec --force.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>orglens::management::ManagementClient</name>
    <message>
        <source>could not get a Management API token for client %1: %2</source>
        <translation>impossible d&apos;obtenir un jeton de Management API pour le client %1 : %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>the API answered with invalid JSON: %1</source>
        <translation>l&apos;API a répondu avec du JSON invalide : %1</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts in %3 s)</source>
        <translation>%1 (abandon après %2 tentatives en %3 s)</translation>
    </message>
    <message>
        <source>reading the list %1 stopped: %2. The server&apos;s paging does not end as Auth0&apos;s does; nothing was changed.</source>
        <translation>la lecture de la liste %1 s&apos;est arrêtée : %2. La pagination du serveur ne se termine pas comme celle d&apos;Auth0 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>page %1 repeats the previous page</source>
        <translation>la page %1 répète la page précédente</translation>
    </message>
    <message>
        <source>the list is longer than %1 pages</source>
        <translation>la liste dépasse %1 pages</translation>
    </message>
    <message>
        <source>the API sent the cursor &quot;%1&quot; a second time</source>
        <translation>l&apos;API a envoyé le curseur « %1 » une deuxième fois</translation>
    </message>
    <message>
        <source>could not get a Management API token: %1</source>
        <translation>impossible d&apos;obtenir un jeton de l&apos;API Management : %1</translation>
    </message>
</context>
<context>
    <name>orglens::management::UserTableModel</name>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Default organization</source>
        <translation>Organisation par défaut</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::DeviceFlow</name>
    <message>
        <source>The device code expired before the user confirmed it.</source>
        <translation>Le code d&apos;appareil a expiré avant que l&apos;utilisateur le confirme.</translation>
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
        <translation>flux Device Authorization</translation>
    </message>
    <message>
        <source>Authorization code + PKCE</source>
        <translation>Authorization code + PKCE</translation>
    </message>
    <message>
        <source>authorization code flow with PKCE</source>
        <translation>flux authorization code avec PKCE</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client credentials</translation>
    </message>
    <message>
        <source>client credentials grant</source>
        <translation>octroi client credentials</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Rafraîchissement</translation>
    </message>
    <message>
        <source>refresh token grant</source>
        <translation>octroi refresh token</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Échange de jetons</translation>
    </message>
    <message>
        <source>Custom Token Exchange</source>
        <translation>Custom Token Exchange</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Resource Owner Password grant</source>
        <translation>octroi Resource Owner Password</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Collé</translation>
    </message>
    <message>
        <source>pasted token</source>
        <translation>jeton collé</translation>
    </message>
    <message>
        <source>Auth0 ignores the organization in the Device Authorization flow: its tokens never carry org_id. Log in with authorization code + PKCE, or exchange the token with an organization (Custom Token Exchange).</source>
        <translation>Auth0 ignore l’organisation dans le flux Device Authorization : ses jetons ne portent jamais org_id. Connectez-vous avec le code d’autorisation + PKCE, ou échangez le jeton avec une organisation (Custom Token Exchange).</translation>
    </message>
    <message>
        <source>Auth0 ignores the organization in the Resource Owner Password grant: its tokens never carry org_id.</source>
        <translation>Auth0 ignore l’organisation dans l’octroi Resource Owner Password : ses jetons ne portent jamais org_id.</translation>
    </message>
    <message>
        <source>A refreshed token keeps the organization of the login that issued the refresh token.</source>
        <translation>Un jeton renouvelé garde l’organisation de la connexion qui a émis le jeton d’actualisation.</translation>
    </message>
    <message>
        <source>A pasted token was obtained elsewhere.</source>
        <translation>Un jeton collé a été obtenu ailleurs.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::OAuthClient</name>
    <message>
        <source>Could not fetch the discovery document of %1: %2</source>
        <translation>Impossible de télécharger le document de découverte de %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted by this system, and OrgLens never ignores certificate errors. Check the domain; behind a TLS-inspecting proxy, install its CA certificate in the system store.</source>
        <translation>le certificat TLS du serveur n’est pas approuvé par ce système, et OrgLens n’ignore jamais les erreurs de certificat. Vérifiez le domaine ; derrière un proxy d’inspection TLS, installez son certificat d’autorité dans le magasin du système.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::OAuthError</name>
    <message>
        <source>Hint: %1</source>
        <translation>Conseil : %1</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>the grant type is not enabled for this application (Applications &gt; Advanced Settings &gt; Grant Types), or the application may not use this flow.</source>
        <translation>le type de grant n&apos;est pas activé pour cette application (Applications &gt; Advanced Settings &gt; Grant Types), ou l&apos;application ne peut pas utiliser ce flux.</translation>
    </message>
    <message>
        <source>the user is not a member of the organization, or the application&apos;s organization settings refuse it.</source>
        <translation>l&apos;utilisateur n&apos;est pas membre de l&apos;organisation, ou les paramètres d&apos;organisation de l&apos;application le refusent.</translation>
    </message>
    <message>
        <source>the user declined, or a rule/Action denied access; for client credentials the application may have no grant for this audience.</source>
        <translation>l&apos;utilisateur a refusé, ou une règle/Action a refusé l&apos;accès ; pour client credentials, l&apos;application n&apos;a peut-être pas de grant pour cette audience.</translation>
    </message>
    <message>
        <source>the code, device code or refresh token is expired, already used, revoked (rotation reuses are refused) or was issued to another application.</source>
        <translation>le code, le code d&apos;appareil ou le jeton de rafraîchissement a expiré, a déjà été utilisé, a été révoqué (les réutilisations après rotation sont refusées) ou a été émis pour une autre application.</translation>
    </message>
    <message>
        <source>wrong client id or client secret, or the token endpoint authentication method does not match the application&apos;s setting.</source>
        <translation>mauvais identifiant ou secret client, ou la méthode d&apos;authentification au point de terminaison de jeton ne correspond pas au paramètre de l&apos;application.</translation>
    </message>
    <message>
        <source>polling faster than the interval: wait 5 seconds more between polls.</source>
        <translation>interrogation plus rapide que l&apos;intervalle : attendez 5 secondes de plus entre deux interrogations.</translation>
    </message>
    <message>
        <source>the device code expired before the user confirmed it: start the login again.</source>
        <translation>le code d&apos;appareil a expiré avant que l&apos;utilisateur le confirme : relancez la connexion.</translation>
    </message>
    <message>
        <source>the user has not confirmed the code yet.</source>
        <translation>l&apos;utilisateur n&apos;a pas encore confirmé le code.</translation>
    </message>
    <message>
        <source>a requested scope is not defined on the API or not granted to this application.</source>
        <translation>une portée demandée n&apos;est pas définie sur l&apos;API ou pas accordée à cette application.</translation>
    </message>
    <message>
        <source>check the organization parameter against the application&apos;s Organizations settings (Type of Users, Login Flow) and the tenant setting for organization names.</source>
        <translation>vérifiez le paramètre organization au regard des paramètres Organizations de l&apos;application (Type of Users, Login Flow) et du paramètre du tenant pour les noms d&apos;organisation.</translation>
    </message>
    <message>
        <source>a parameter is missing or malformed; the description names it.</source>
        <translation>un paramètre manque ou est mal formé ; la description le nomme.</translation>
    </message>
    <message>
        <source>the callback does not belong to this login (another tab or an old link): start again.</source>
        <translation>le rappel n&apos;appartient pas à cette connexion (un autre onglet ou un ancien lien) : recommencez.</translation>
    </message>
    <message>
        <source>the callback came from another tenant than the profile&apos;s issuer.</source>
        <translation>le rappel provient d&apos;un autre tenant que l&apos;émetteur du profil.</translation>
    </message>
    <message>
        <source>rate limited: wait before trying again.</source>
        <translation>limite de débit atteinte : attendez avant de réessayer.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an OAuth error object: %2</source>
        <translation>Le serveur a répondu HTTP %1 sans objet d&apos;erreur OAuth : %2</translation>
    </message>
    <message>
        <source>The token response has no access_token: %1</source>
        <translation>La réponse de jeton n&apos;a pas d&apos;access_token : %1</translation>
    </message>
    <message>
        <source>keys %1</source>
        <translation>clés %1</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>The device authorization response lacks %1.</source>
        <translation>Il manque %1 à la réponse de Device Authorization.</translation>
    </message>
    <message>
        <source>%1.well-known/openid-configuration answered HTTP %2: is the issuer right?</source>
        <translation>%1.well-known/openid-configuration a répondu HTTP %2 : l&apos;émetteur est-il correct ?</translation>
    </message>
    <message>
        <source>The discovery document is not a JSON object: %1</source>
        <translation>Le document de découverte n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>The discovery document names the issuer &apos;%1&apos;, not &apos;%2&apos;: check the domain (custom domains have their own issuer).</source>
        <translation>Le document de découverte indique l&apos;émetteur « %1 », pas « %2 » : vérifiez le domaine (les domaines personnalisés ont leur propre émetteur).</translation>
    </message>
    <message>
        <source>The discovery document has no token_endpoint.</source>
        <translation>Le document de découverte n&apos;a pas de token_endpoint.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::PastedTokens</name>
    <message>
        <source>The pasted JSON has no access_token or id_token (keys: %1). Paste a token endpoint&apos;s response, a token or an Authorization header.</source>
        <translation>Le JSON collé ne contient ni access_token ni id_token (clés : %1). Collez la réponse d’un endpoint de jeton, un jeton ou un en-tête Authorization.</translation>
    </message>
    <message>
        <source>The pasted token response holds no JWT: the access token is opaque (audience missing or the /userinfo audience) and there is no ID token. Request an API audience to get a JWT access token.</source>
        <translation>La réponse de jeton collée ne contient aucun JWT : le jeton d’accès est opaque (audience absente ou audience /userinfo) et il n’y a pas de jeton d’ID. Demandez une audience d’API pour obtenir un jeton d’accès JWT.</translation>
    </message>
    <message>
        <source>The pasted text starts like JSON but does not parse: %1 at offset %2.</source>
        <translation>Le texte collé ressemble à du JSON mais ne peut pas être analysé : %1 à la position %2.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Bearer line</source>
        <translation>Ligne Bearer</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>En-tête Authorization</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Réponse de jeton</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::PkceFlow</name>
    <message>
        <source>No login came back to %1 within %2 s.</source>
        <translation>Aucune connexion n&apos;est revenue sur %1 en %2 s.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the login callback: %2. Choose another port (or 0 for any free port).</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 pour le rappel de connexion : %2. Choisissez un autre port (ou 0 pour n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Login already handled</source>
        <translation>Connexion déjà traitée</translation>
    </message>
    <message>
        <source>This login has already been handled. You can close this tab.</source>
        <translation>Cette connexion a déjà été traitée. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The callback names the issuer &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>Le rappel indique l&apos;émetteur « %1 », pas « %2 ».</translation>
    </message>
    <message>
        <source>The callback has neither a code nor an error.</source>
        <translation>Le rappel ne contient ni code ni erreur.</translation>
    </message>
    <message>
        <source>Login complete</source>
        <translation>Connexion terminée</translation>
    </message>
    <message>
        <source>OrgLens received the login. You can close this tab.</source>
        <translation>OrgLens a reçu la connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce does not match this login: the token was not issued for it.</source>
        <translation>Le nonce du jeton d&apos;identité ne correspond pas à cette connexion : le jeton n&apos;a pas été émis pour elle.</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>Pas cette connexion</translation>
    </message>
    <message>
        <source>This request does not carry the state of the login OrgLens is waiting for, so it was ignored. Finish the login in the browser window OrgLens opened.</source>
        <translation>Cette requête ne porte pas le state de la connexion qu&apos;OrgLens attend, elle a donc été ignorée. Terminez la connexion dans la fenêtre du navigateur ouverte par OrgLens.</translation>
    </message>
    <message>
        <source>The callback has no &apos;iss&apos; parameter, although %1 says it always sends one (RFC 9207): the response may come from another server.</source>
        <translation>Le callback n&apos;a pas de paramètre « iss », alors que %1 indique en envoyer toujours un (RFC 9207) : la réponse peut venir d&apos;un autre serveur.</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::SessionHistoryModel</name>
    <message>
        <source>ID token</source>
        <translation>jeton d&apos;identité</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>badge of an ID token</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Access</source>
        <comment>badge of an access token</comment>
        <translation>Accès</translation>
    </message>
</context>
<context>
    <name>orglens::oauth::TokenOperation</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>orglens::profiles::Profile</name>
    <message>
        <source>The issuer is empty: give an Auth0 domain (acme.eu.auth0.com) or an issuer URL (https://acme.eu.auth0.com/).</source>
        <translation>L&apos;émetteur est vide : indiquez un domaine Auth0 (acme.eu.auth0.com) ou une URL d&apos;émetteur (https://acme.eu.auth0.com/).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain or issuer URL: %2</source>
        <translation>« %1 » n&apos;est pas un domaine ou une URL d&apos;émetteur valide : %2</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>elle n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses http://, which is accepted only for loopback hosts (127.0.0.1, ::1, localhost) such as the demo tenant. Use https://%2/ instead.</source>
        <translation>« %1 » utilise http://, accepté seulement pour les hôtes de bouclage (127.0.0.1, ::1, localhost) comme le tenant de démonstration. Utilisez plutôt https://%2/.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the scheme &apos;%2&apos;: an issuer must be an https:// URL.</source>
        <translation>« %1 » a le schéma « %2 » : un émetteur doit être une URL https://.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not contain user info, a query or a fragment: an issuer is https://&lt;domain&gt;/.</source>
        <translation>« %1 » ne doit contenir ni informations d&apos;utilisateur, ni requête, ni fragment : un émetteur est https://&lt;domaine&gt;/.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>« %1 » n&apos;est pas un nom de profil valide : utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
</context>
<context>
    <name>orglens::profiles::ProfileDirectory</name>
    <message>
        <source>There is no session profile &apos;%1&apos; any more: choose another profile.</source>
        <translation>Le profil de session « %1 » n’existe plus : choisissez un autre profil.</translation>
    </message>
    <message>
        <source>No profile selected: create one in Profiles first.</source>
        <translation>Aucun profil sélectionné : créez-en d&apos;abord un dans Profils.</translation>
    </message>
    <message>
        <source>M2M client secret</source>
        <translation>secret client M2M</translation>
    </message>
    <message>
        <source>exchange client secret</source>
        <translation>secret client d’échange</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>jeton de rafraîchissement</translation>
    </message>
    <message>
        <source>The %1 of &apos;%2&apos; could not be read: %3</source>
        <translation>Le %1 de « %2 » n’a pas pu être lu : %3</translation>
    </message>
    <message>
        <source>No %1 is stored for profile &apos;%2&apos;: enter it in Profiles and Save.</source>
        <translation>Aucun %1 n’est enregistré pour le profil « %2 » : saisissez-le dans Profils puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>orglens::profiles::ProfileStore</name>
    <message>
        <source>There is no profile &apos;%1&apos; (known: %2). Create it with &apos;profile add&apos;.</source>
        <translation>Il n&apos;y a pas de profil « %1 » (connus : %2). Créez-le avec « profile add ».</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; in %2 is invalid: %3</source>
        <translation>Le profil « %1 » dans %2 est invalide : %3</translation>
    </message>
    <message>
        <source>A saved profile needs a name.</source>
        <translation>Un profil enregistré a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Could not write the profile to %1: check that the file is writable.</source>
        <translation>Impossible d&apos;écrire le profil dans %1 : vérifiez que le fichier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>orglens::repair::RepairPlan</name>
    <message>
        <source>Grant %1 to the Management API application (client %2): the repair writes nothing without it.</source>
        <translation>Accordez %1 à l&apos;application de l&apos;API Management (client %2) : sans cela, la réparation n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>Deploy OrgLens&apos;s Post-Login Action</source>
        <translation>Déployer l&apos;Action post-login d&apos;OrgLens</translation>
    </message>
    <message>
        <source>Deploy OrgLens&apos;s Custom Token Exchange Action</source>
        <translation>Déployer l&apos;Action Custom Token Exchange d&apos;OrgLens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is deployed with the generated code: nothing to do.</source>
        <translation>&quot;%1&quot; version %2 est déployée avec le code généré : rien à faire.</translation>
    </message>
    <message>
        <source>The repair deploys the token exchange too: the profile needs the exchange application (--exchange-client-id) and the subject_token_type (--subject-token-type).</source>
        <translation>La réparation déploie aussi l&apos;échange de jetons : le profil a besoin de l&apos;application d&apos;échange (--exchange-client-id) et du subject_token_type (--subject-token-type).</translation>
    </message>
    <message>
        <source>Cannot plan the repair: grant %1 to the Management API application.</source>
        <translation>Impossible de planifier la réparation : accordez %1 à l&apos;application de l&apos;API Management.</translation>
    </message>
    <message>
        <source>Cannot plan the repair: %1</source>
        <translation>Impossible de planifier la réparation : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (version %2) sets an org claim too. While it stays bound it runs next to OrgLens&apos;s Action, and the doctor checks it first.</source>
        <translation>&quot;%1&quot; (version %2) définit aussi un claim d&apos;organisation. Tant qu&apos;elle reste liée, elle s&apos;exécute à côté de l&apos;Action d&apos;OrgLens, et le diagnostic la vérifie en premier.</translation>
    </message>
    <message>
        <source>No Action named or with the id &quot;%1&quot; is bound to post-login.</source>
        <translation>Aucune Action nommée ou d&apos;id &quot;%1&quot; n&apos;est liée à post-login.</translation>
    </message>
    <message>
        <source>Point the token exchange profile at OrgLens&apos;s Action</source>
        <translation>Diriger le profil d&apos;échange de jetons vers l&apos;Action d&apos;OrgLens</translation>
    </message>
    <message>
        <source>The profile for %1 runs OrgLens&apos;s Action: nothing to do.</source>
        <translation>Le profil pour %1 exécute l&apos;Action d&apos;OrgLens : rien à faire.</translation>
    </message>
    <message>
        <source>Create a token exchange profile for %1 that runs OrgLens&apos;s Action.</source>
        <translation>Créer un profil d&apos;échange de jetons pour %1 qui exécute l&apos;Action d&apos;OrgLens.</translation>
    </message>
    <message>
        <source>Replace the profile &quot;%1&quot; for %2, which runs &quot;%3&quot;, with one that runs OrgLens&apos;s Action (Auth0 cannot change a profile&apos;s Action; undo recreates the profile).</source>
        <translation>Remplacer le profil &quot;%1&quot; pour %2, qui exécute &quot;%3&quot;, par un profil qui exécute l&apos;Action d&apos;OrgLens (Auth0 ne peut pas changer l&apos;Action d&apos;un profil ; l&apos;annulation recrée le profil).</translation>
    </message>
    <message>
        <source>Let the exchange application use custom_authentication profiles</source>
        <translation>Autoriser l&apos;application d&apos;échange à utiliser les profils custom_authentication</translation>
    </message>
    <message>
        <source>%1 may already use custom_authentication profiles: nothing to do.</source>
        <translation>%1 peut déjà utiliser les profils custom_authentication : rien à faire.</translation>
    </message>
    <message>
        <source>Add custom_authentication to token_exchange.allow_any_profile_of_type of %1.</source>
        <translation>Ajouter custom_authentication à token_exchange.allow_any_profile_of_type de %1.</translation>
    </message>
    <message>
        <source>Set the user&apos;s default organization</source>
        <translation>Définir l&apos;organisation par défaut de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1&apos;s default_org_id is %2: not changed.</source>
        <translation>default_org_id de %1 est %2 : inchangé.</translation>
    </message>
    <message>
        <source>%1 has no default_org_id: the Post-Login Action adds no claim for them. Ask the repair to set it.</source>
        <translation>%1 n&apos;a pas de default_org_id : l&apos;Action post-login n&apos;ajoute aucun claim. Demandez à la réparation de la définir.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 organizations: say which one becomes the default.</source>
        <translation>%1 appartient à %2 organisations : indiquez laquelle devient celle par défaut.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: add the membership first, or choose one of: %3.</source>
        <translation>%1 n&apos;est pas membre de %2 : ajoutez d&apos;abord l&apos;adhésion, ou choisissez parmi : %3.</translation>
    </message>
    <message>
        <source>%1&apos;s default_org_id is %2: nothing to do.</source>
        <translation>default_org_id de %1 est %2 : rien à faire.</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1: %2 → %3 (only this key).</source>
        <translation>app_metadata.default_org_id de %1 : %2 → %3 (cette clé seulement).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2</source>
        <translation>&quot;%1&quot; version %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, never deployed</source>
        <translation>&quot;%1&quot;, jamais déployée</translation>
    </message>
    <message>
        <source>no binding</source>
        <translation>aucune liaison</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs Action %2</source>
        <translation>&quot;%1&quot; exécute l&apos;Action %2</translation>
    </message>
    <message>
        <source>Bind the Post-Login Action</source>
        <translation>Lier l&apos;Action post-login</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to post-login: nothing to do.</source>
        <translation>&quot;%1&quot; est liée à post-login : rien à faire.</translation>
    </message>
    <message>
        <source>Post-login bindings %1 → %2 (the whole list is written back; every other binding keeps its order).</source>
        <translation>Liaisons post-login %1 → %2 (toute la liste est réécrite ; chaque autre liaison garde son ordre).</translation>
    </message>
    <message>
        <source>Cannot check %1&apos;s organizations before setting the default: %2.</source>
        <translation>Impossible de vérifier les organisations de %1 avant de définir celle par défaut : %2.</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;, wait until Auth0 has built it, and deploy it.</source>
        <translation>Créer &quot;%1&quot;, attendre qu&apos;Auth0 l&apos;ait construite, et la déployer.</translation>
    </message>
    <message>
        <source>Update &quot;%1&quot; (version %2, created by OrgLens earlier) to the generated code, wait until Auth0 has built it, and deploy it; undo rolls back to version %2.</source>
        <translation>Mettre à jour &quot;%1&quot; (version %2, créée plus tôt par OrgLens) avec le code généré, attendre qu&apos;Auth0 l&apos;ait construite, et la déployer ; l&apos;annulation revient à la version %2.</translation>
    </message>
</context>
<context>
    <name>orglens::repair::RepairRunner</name>
    <message>
        <source>Nothing to do: every step is already in the right state.</source>
        <translation>Rien à faire : chaque étape est déjà dans le bon état.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not a repair.</source>
        <translation>L&apos;entrée d&apos;audit %1 n&apos;est pas une réparation.</translation>
    </message>
    <message>
        <source>Repair %1 wrote nothing: there is nothing to undo.</source>
        <translation>La réparation %1 n&apos;a rien écrit : il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Grant %1 to the Management API application: the undo writes nothing without it.</source>
        <translation>Accordez %1 à l&apos;application de l&apos;API Management : sans cela, l&apos;annulation n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>The tenant changed since the repair; nothing was undone (force to undo anyway):</source>
        <translation>Le tenant a changé depuis la réparation ; rien n&apos;a été annulé (forcer pour annuler quand même) :</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: the repair left %2, now %3</source>
        <translation>%1 : la réparation a laissé %2, maintenant %3</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n step(s) restored.</source>
        <translation>
            <numerusform>Annulé : %n étape restaurée.</numerusform>
            <numerusform>Annulé : %n étapes restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired: %n step(s) applied.</source>
        <translation>
            <numerusform>Réparé : %n étape appliquée.</numerusform>
            <numerusform>Réparé : %n étapes appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1 before writing it: %2</source>
        <translation>Impossible de lire %1 avant de l&apos;écrire : %2</translation>
    </message>
    <message>
        <source>%1 changed since the plan (planned on %2, now %3): stopped before writing it. Plan again.</source>
        <translation>%1 a changé depuis le plan (planifié sur %2, maintenant %3) : arrêt avant de l&apos;écrire. Planifiez à nouveau.</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 was written but could not be read back: %2</source>
        <translation>%1 a été écrit mais n&apos;a pas pu être relu : %2</translation>
    </message>
    <message>
        <source>Stopped: the audit log cannot be written (%1).</source>
        <translation>Arrêté : le journal d&apos;audit ne peut pas être écrit (%1).</translation>
    </message>
    <message>
        <source>What was written is in audit entry %1; &apos;orglens-cli audit undo %1&apos; reverts it.</source>
        <translation>Ce qui a été écrit figure dans l&apos;entrée d&apos;audit %1 ; &apos;orglens-cli audit undo %1&apos; l&apos;annule.</translation>
    </message>
    <message>
        <source>(audit entry %1)</source>
        <translation>(entrée d&apos;audit %1)</translation>
    </message>
    <message>
        <source>Cannot read the Action&apos;s build state: %1</source>
        <translation>Impossible de lire l&apos;état de construction de l&apos;Action : %1</translation>
    </message>
    <message>
        <source>The Action &quot;%1&quot; was not built (status %2): it cannot be deployed.</source>
        <translation>L&apos;Action &quot;%1&quot; n&apos;a pas été construite (état %2) : elle ne peut pas être déployée.</translation>
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
        <translation>Révision Git</translation>
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
        <translation>À propos d&apos;OrgLens</translation>
    </message>
    <message>
        <source>Inspect Auth0 tokens and tenants.</source>
        <translation>Inspecter les jetons et les tenants Auth0.</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Publié sous licence MIT.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ActivityIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop what is running (Esc)</source>
        <translation>Arrêter ce qui est en cours (Échap)</translation>
    </message>
    <message>
        <source>A change is being written; it cannot be cancelled half-way.</source>
        <translation>Une modification est en cours d&apos;écriture ; elle ne peut pas être annulée à mi-chemin.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AuditTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>annulation de %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>bulk change</source>
        <translation>modification en masse</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>réparation</translation>
    </message>
    <message>
        <source>stopped while applying</source>
        <translation>interrompue pendant l’application</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message numerus="yes">
        <source>repair: %n step(s)</source>
        <translation>
            <numerusform>réparation : %n étape</numerusform>
            <numerusform>réparation : %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undo of a repair: %n step(s)</source>
        <translation>
            <numerusform>annulation d’une réparation : %n étape</numerusform>
            <numerusform>annulation d’une réparation : %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AuditView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Relire le journal d’audit (F5)</translation>
    </message>
    <message>
        <source>Restore the value the selected change replaced</source>
        <translation>Restaurer la valeur remplacée par la modification sélectionnée</translation>
    </message>
    <message>
        <source>No changes recorded yet. Every default_org_id change made in the Users or Bulk view or with orglens-cli is listed here (%1).</source>
        <translation>Aucune modification enregistrée pour l’instant. Chaque modification de default_org_id effectuée dans la vue Utilisateurs ou En masse, ou avec orglens-cli, est listée ici (%1).</translation>
    </message>
    <message>
        <source>Entry %1 changed the tenant %2; the profile in use is for %3. Choose a profile of that tenant to undo it.</source>
        <translation>L’entrée %1 a modifié le tenant %2 ; le profil utilisé correspond à %3. Choisissez un profil de ce tenant pour l’annuler.</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>Annulation de %1…</translation>
    </message>
    <message>
        <source>Undone and verified: %1 is %2 again (audit entry %3).</source>
        <translation>Annulé et vérifié : %1 vaut de nouveau %2 (entrée d’audit %3).</translation>
    </message>
    <message>
        <source>default_org_id of %1 no longer reads %2: it was changed after entry %3.</source>
        <translation>default_org_id de %1 ne vaut plus %2 : il a été modifié après l’entrée %3.</translation>
    </message>
    <message>
        <source>%1

Undo anyway? This overwrites the current value with %2.</source>
        <translation>%1

Annuler quand même ? La valeur actuelle sera remplacée par %2.</translation>
    </message>
    <message>
        <source>Undoing audit entry %1…</source>
        <translation>Annulation de l&apos;entrée d&apos;audit %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the audit log were skipped; the other entries are listed. %1</source>
        <translation>
            <numerusform>%n ligne endommagée du journal d&apos;audit a été ignorée ; les autres entrées sont listées. %1</numerusform>
            <numerusform>%n lignes endommagées du journal d&apos;audit ont été ignorées ; les autres entrées sont listées. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the default organization change of %1</source>
        <translation>Annuler la modification de l&apos;organisation par défaut de %1</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1 goes back from %2 to %3. The undo is itself recorded in the audit log (as the undo of entry %4).</source>
        <translation>app_metadata.default_org_id de %1 revient de %2 à %3. L&apos;annulation est elle-même consignée dans le journal d&apos;audit (comme annulation de l&apos;entrée %4).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Undo anyway: overwrite the default organization of %1</source>
        <translation>Annuler quand même : écraser l&apos;organisation par défaut de %1</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Undo the repair %1</source>
        <translation>Annuler la réparation %1</translation>
    </message>
    <message>
        <source>Its steps are undone, last first:
%1

Actions OrgLens created are deleted, the others rolled back; the bindings, the exchange profile, the application&apos;s setting and the default organization are restored. The undo is itself recorded in the audit log.</source>
        <translation>Ses étapes sont annulées, la dernière d’abord :
%1

Les Actions créées par OrgLens sont supprimées, les autres ramenées à leur version précédente ; les liaisons, le profil d’échange, le réglage de l’application et l’organisation par défaut sont rétablis. L’annulation est elle-même consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Undoing the repair %1…</source>
        <translation>Annulation de la réparation %1…</translation>
    </message>
    <message>
        <source>Undo anyway: overwrite what changed since the repair %1</source>
        <translation>Annuler quand même : écraser ce qui a changé depuis la réparation %1</translation>
    </message>
    <message>
        <source>%1

Undo anyway? This overwrites the tenant&apos;s current settings with those the repair replaced.</source>
        <translation>%1

Annuler quand même ? Cela remplace les réglages actuels du tenant par ceux que la réparation avait remplacés.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::BulkResultModel</name>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Sera modifié</translation>
    </message>
    <message>
        <source>Already set (skip)</source>
        <translation>Déjà défini (ignoré)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Applied, not audited</source>
        <translation>Appliqué, non audité</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::BulkView</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Allow organizations the user is &amp;not a member of</source>
        <translation>Autoriser les organisations dont l’utilisateur n’est pas n’est &amp;pas membremembre</translation>
    </message>
    <message>
        <source>&amp;Validate (dry run)</source>
        <translation>&amp;Valider (simulation)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>A&amp;ppliquer…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>A CSV file with the header user_id,org_id or email,org_id</source>
        <translation>Un fichier CSV avec l’en-tête user_id,org_id ou email,org_id</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>A default organization the user is not a member of cannot appear on the user&apos;s tokens; leave this off unless you add the memberships later.</source>
        <translation>Une organisation par défaut dont l’utilisateur n’est pas membre ne peut pas figurer dans ses jetons ; laissez cette option désactivée, sauf si vous ajoutez les appartenances ensuite.</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>PATCH requests in flight at once; the client stays under the tenant&apos;s rate limit either way.</source>
        <translation>Requêtes PATCH envoyées simultanément ; le client reste de toute façon sous la limite de débit du tenant.</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <source>Validation report and results</source>
        <translation>Rapport de validation et résultats</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV :</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>Requêtes &amp;simultanées :</translation>
    </message>
    <message>
        <source>Choose a CSV file with the header user_id,org_id or email,org_id (organizations by id or name). It is checked completely before anything changes.</source>
        <translation>Choisissez un fichier CSV avec l’en-tête user_id,org_id ou email,org_id (organisations par id ou par nom). Il est entièrement vérifié avant toute modification.</translation>
    </message>
    <message>
        <source>A bulk change needs a profile that can use the Management API (see above).</source>
        <translation>Une modification en masse nécessite un profil pouvant utiliser la Management API (voir ci-dessus).</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <source>Bulk CSV file</source>
        <translation>Fichier CSV en masse</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid CSV: %2. Nothing was changed.</source>
        <translation>%1 n’est pas un CSV valide : %2. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Validating %n row(s) against the tenant…</source>
        <translation>
            <numerusform>Validation de %n ligne(s) auprès du tenant…</numerusform>
            <numerusform>Validation de %n ligne(s) auprès du tenant…</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Échec de la validation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not valid; nothing will be changed. Correct them in the file and validate again.</source>
        <translation>
            <numerusform>%n ligne(s) non valide(s) ; rien ne sera modifié. Corrigez-les dans le fichier et relancez la validation.</numerusform>
            <numerusform>%n ligne(s) non valide(s) ; rien ne sera modifié. Corrigez-les dans le fichier et relancez la validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 of %n row(s) would change; nothing has been changed yet.%2</source>
        <translation>
            <numerusform>Simulation : %1 ligne(s) sur %n seraient modifiées ; rien n’a encore été modifié.%2</numerusform>
            <numerusform>Simulation : %1 ligne(s) sur %n seraient modifiées ; rien n’a encore été modifié.%2</numerusform>
        </translation>
    </message>
    <message>
        <source> An earlier run of this file was interrupted: Resume continues it (rows already done are not sent again).</source>
        <translation> Une exécution précédente de ce fichier a été interrompue : Reprendre la poursuit (les lignes déjà traitées ne sont pas renvoyées).</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Cancelling: no new row is started; waiting for the requests in flight…</source>
        <translation>Annulation : aucune nouvelle ligne n’est démarrée ; attente des requêtes en cours…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 / %2 rows · %3 rows/s · ETA %4</source>
        <translation>%1 / %2 lignes · %3 lignes/s · temps restant %4</translation>
    </message>
    <message>
        <source>%1 / %2 rows in %3 s</source>
        <translation>%1 / %2 lignes en %3 s</translation>
    </message>
    <message>
        <source>Applied %1, skipped %2, failed %3.</source>
        <translation>Appliquées : %1, ignorées : %2, en échec : %3.</translation>
    </message>
    <message>
        <source>The run stopped: %1 %2 The journal %3 keeps its state: Resume continues it.</source>
        <translation>L’exécution s’est arrêtée : %1 %2 Le journal %3 conserve son état : Reprendre la poursuit.</translation>
    </message>
    <message>
        <source>Cancelled. %1 %2 row(s) were not started; the journal %3 keeps the state: Resume continues with them.</source>
        <translation>Annulé. %1 %2 ligne(s) n’ont pas été démarrées ; le journal %3 conserve l’état : Reprendre les traitera.</translation>
    </message>
    <message>
        <source> The failed rows are listed with their reason; Resume retries them.</source>
        <translation> Les lignes en échec sont listées avec leur motif ; Reprendre les retente.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne(s) exportée(s) vers %1.</numerusform>
            <numerusform>%n ligne(s) exportée(s) vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Applying the bulk plan (%n row(s))…</source>
        <translation>
            <numerusform>Application du plan en masse (%n ligne)…</numerusform>
            <numerusform>Application du plan en masse (%n lignes)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the bulk plan: %1 of %2 rows…</source>
        <translation>Application du plan en masse : %1 lignes sur %2…</translation>
    </message>
    <message>
        <source>Applied %1, skipped %2, failed %3, not started %4.</source>
        <translation>Appliquées %1, ignorées %2, en échec %3, non commencées %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have no audit entry (see their detail); Resume writes the entries once the audit log can be written.</source>
        <translation>
            <numerusform>%n modification n&apos;a pas d&apos;entrée d&apos;audit (voir son détail) ; Reprendre écrit l&apos;entrée dès que le journal d&apos;audit peut être écrit.</numerusform>
            <numerusform>%n modifications n&apos;ont pas d&apos;entrée d&apos;audit (voir leur détail) ; Reprendre écrit les entrées dès que le journal d&apos;audit peut être écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>another profile is in use now; validate a file to start on it</source>
        <translation>un autre profil est utilisé maintenant ; validez un fichier pour commencer avec lui</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Bulk run</source>
        <translation>Modification en masse</translation>
    </message>
    <message>
        <source>Resume the bulk run of %1</source>
        <translation>Reprendre l&apos;exécution en masse de %1</translation>
    </message>
    <message>
        <source>The interrupted run of %1 continues; rows the journal shows as done are not sent again.</source>
        <translation>L&apos;exécution interrompue de %1 reprend ; les lignes que le journal indique comme faites ne sont pas renvoyées.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>Set the default organization of %n user(s)</source>
        <translation>
            <numerusform>Définir l&apos;organisation par défaut de %n utilisateur</numerusform>
            <numerusform>Définir l&apos;organisation par défaut de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1 user(s) changes as %2 lists it; %3 row(s) already have their organization and are skipped. Only this key is changed; every change is recorded in the audit log, and the journal %4 lets an interrupted run be resumed.</source>
        <translation>app_metadata.default_org_id de %1 utilisateur(s) change comme %2 l&apos;indique ; %3 ligne(s) ont déjà leur organisation et sont ignorées. Seule cette clé est modifiée ; chaque modification est consignée dans le journal d&apos;audit, et le journal %4 permet de reprendre une exécution interrompue.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n user(s)</source>
        <translation>
            <numerusform>Appliquer à %n utilisateur</numerusform>
            <numerusform>Appliquer à %n utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ClaimChainView</name>
    <message>
        <source>Select a token in the session history and choose Chain to see how its claims changed from the login through refreshes and exchanges.</source>
        <translation>Sélectionnez un jeton dans l’historique de session et choisissez Chaîne pour voir comment ses claims ont évolué depuis la connexion, au fil des actualisations et des échanges.</translation>
    </message>
    <message>
        <source>Only claims that &amp;change</source>
        <translation>Uniquement les claims qui &amp;changent</translation>
    </message>
    <message>
        <source>Claims along the chain</source>
        <translation>Claims le long de la chaîne</translation>
    </message>
    <message>
        <source>This token has no parent in the session: refresh or exchange it to build a chain.</source>
        <translation>Ce jeton n’a pas de parent dans la session : actualisez-le ou échangez-le pour construire une chaîne.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <translation>
            <numerusform>%n étape : %1.</numerusform>
            <numerusform>%n étapes : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) change along the way (+ added, − dropped, ~ changed); dimmed claims differ on every issuance.</source>
        <translation>
            <numerusform>%n claim change en cours de route (+ ajouté, − supprimé, ~ modifié) ; les claims grisés diffèrent à chaque émission.</numerusform>
            <numerusform>%n claims changent en cours de route (+ ajouté, − supprimé, ~ modifié) ; les claims grisés diffèrent à chaque émission.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::DemoTenantMenu</name>
    <message>
        <source>&amp;Demo tenant</source>
        <translation>Tenant de &amp;démonstration</translation>
    </message>
    <message>
        <source>Demo tenant: %1</source>
        <translation>Tenant de démonstration : %1</translation>
    </message>
    <message>
        <source>The demo tenant runs with: %1
Click to restart it with another configuration.</source>
        <translation>Le tenant de démonstration fonctionne avec : %1
Cliquez pour le redémarrer avec une autre configuration.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ExchangeDialog</name>
    <message>
        <source>Exchange the token</source>
        <translation>Échanger le jeton</translation>
    </message>
    <message>
        <source>Custom Token Exchange of %1 with %2. Check what is sent:</source>
        <translation>Custom Token Exchange de %1 avec %2. Vérifiez ce qui est envoyé :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Port&amp;ée :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>none: the exchange Action may set one</source>
        <translation>aucune : l’Action d’échange peut en définir une</translation>
    </message>
    <message>
        <source>Proposed from the token (its organization claim) and the profile (audience, scope).</source>
        <translation>Proposé d’après le jeton (sa revendication d’organisation) et le profil (audience, scope).</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>É&amp;changer</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ExplainView</name>
    <message>
        <source>certain</source>
        <translation>certain</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>✓ supports</source>
        <translation>✓ confirme</translation>
    </message>
    <message>
        <source>✗ rules out</source>
        <translation>✗ exclut</translation>
    </message>
    <message>
        <source>? missing</source>
        <translation>? manquant</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Use the &amp;inspector&apos;s token</source>
        <translation>Utiliser le jeton de l’&amp;inspecteur</translation>
    </message>
    <message>
        <source>Fetch &amp;tenant evidence</source>
        <translation>Récupérer les éléments du &amp;tenant</translation>
    </message>
    <message>
        <source>Token to explain</source>
        <translation>Jeton à expliquer</translation>
    </message>
    <message>
        <source>Paste an access token or ID token (a Bearer line is fine), then Explain (Ctrl+Enter)</source>
        <translation>Collez un jeton d’accès ou un jeton d’ID (une ligne Bearer convient), puis Expliquer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Read the user, the user&apos;s organizations, the organizations and the client with the Management API, then explain again</source>
        <translation>Lire l’utilisateur, ses organisations, les organisations et le client avec la Management API, puis expliquer à nouveau</translation>
    </message>
    <message>
        <source>Tenant evidence fetched; the diagnosis above uses it.</source>
        <translation>Éléments du tenant récupérés ; le diagnostic ci-dessus les utilise.</translation>
    </message>
    <message numerus="yes">
        <source>Tenant evidence fetched; %n part(s) could not be read (listed as missing).</source>
        <translation>
            <numerusform>Éléments du tenant récupérés ; %n partie(s) n’ont pas pu être lues (indiquées comme manquantes).</numerusform>
            <numerusform>Éléments du tenant récupérés ; %n partie(s) n’ont pas pu être lues (indiquées comme manquantes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The inspector shows no token: paste one there or here.</source>
        <translation>L’inspecteur n’affiche aucun jeton : collez-en un là-bas ou ici.</translation>
    </message>
    <message>
        <source>Paste a token, or use the inspector&apos;s, and Explain: OrgLens tells whether it carries org_id and, if not, why — with the evidence and the fix.</source>
        <translation>Collez un jeton, ou utilisez celui de l’inspecteur, puis Expliquer : OrgLens indique s’il contient org_id et, sinon, pourquoi — avec les éléments et la correction.</translation>
    </message>
    <message>
        <source>✓ This token has org_id: %1</source>
        <translation>✓ Ce jeton contient org_id : %1</translation>
    </message>
    <message>
        <source>✗ This token lacks org_id</source>
        <translation>✗ Ce jeton ne contient pas org_id</translation>
    </message>
    <message>
        <source>No rule matched this input.</source>
        <translation>Aucune règle ne correspond à cette entrée.</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Constat %1 : %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>%1 (finding %2)</source>
        <translation>%1 (constat %2)</translation>
    </message>
    <message>
        <source>Fetching tenant evidence from %1…</source>
        <translation>Récupération des éléments du tenant depuis %1…</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Aucun navigateur n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The finding names no user or organization to set: fetch the tenant evidence first.</source>
        <translation>Le constat ne nomme aucun utilisateur ni aucune organisation à définir : récupérez d’abord les éléments du tenant.</translation>
    </message>
    <message>
        <source>Checking %1&apos;s membership of %2…</source>
        <translation>Vérification de l’appartenance de %1 à %2…</translation>
    </message>
    <message>
        <source>default_org_id of %1 is already %2.</source>
        <translation>default_org_id de %1 vaut déjà %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>default_org_id of %1 is now %2 (verified; audit entry %3). Log in again to get a token with it. </source>
        <translation>default_org_id de %1 vaut désormais %2 (vérifié ; entrée d’audit %3). Reconnectez-vous pour obtenir un jeton qui le contient. </translation>
    </message>
    <message>
        <source>Log in with organization=%1: check the profile, then Start.</source>
        <translation>Connexion avec organization=%1 : vérifiez le profil, puis Démarrer.</translation>
    </message>
    <message>
        <source>The exchange runs on a token obtained in the Login view: log in, then use &quot;Exchange this token&quot;.</source>
        <translation>L’échange s’effectue sur un jeton obtenu dans la vue Connexion : connectez-vous, puis utilisez « Échanger ce jeton ».</translation>
    </message>
    <message>
        <source>Export the hand-off report</source>
        <translation>Exporter le rapport de transmission</translation>
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
        <translation>&amp;Générer les Actions…</translation>
    </message>
    <message>
        <source>Include t&amp;okens</source>
        <translation>Inclure les j&amp;etons</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Generate the Auth0 Actions</source>
        <translation>Générer les Actions Auth0</translation>
    </message>
    <message>
        <source>Show the Post-Login and Custom Token Exchange Actions for the chosen profile&apos;s claim namespace, ready to paste into the Auth0 Dashboard</source>
        <translation>Affiche les Actions Post-Login et Custom Token Exchange pour l&apos;espace de noms de claims du profil choisi, prêtes à coller dans l&apos;Auth0 Dashboard</translation>
    </message>
    <message>
        <source>Include token values in the report</source>
        <translation>Inclure les valeurs des jetons dans le rapport</translation>
    </message>
    <message>
        <source>Put the access or ID token value into the exported report. Refresh tokens and client secrets are never included.</source>
        <translation>Écrit la valeur du jeton d&apos;accès ou d&apos;identité dans le rapport exporté. Les jetons de rafraîchissement et les secrets client ne sont jamais inclus.</translation>
    </message>
    <message>
        <source>Save the verdict, findings, decoded claims, tenant evidence and a reproduction as Markdown or JSON, to attach to a ticket</source>
        <translation>Enregistre le verdict, les constats, les claims décodées, les preuves du tenant et une reproduction en Markdown ou JSON, à joindre à un ticket</translation>
    </message>
    <message>
        <source>Show the &amp;Actions to paste…</source>
        <translation>Afficher les &amp;Actions à coller…</translation>
    </message>
    <message>
        <source>Show the generated Auth0 Actions (finding %1)</source>
        <translation>Afficher les Actions Auth0 générées (constat %1)</translation>
    </message>
    <message>
        <source>Nothing to export yet: explain a token first.</source>
        <translation>Rien à exporter pour l&apos;instant : faites d&apos;abord expliquer un jeton.</translation>
    </message>
    <message>
        <source>%1 Nothing was written; choose a folder you can write to.</source>
        <translation>%1 Rien n&apos;a été écrit ; choisissez un dossier où vous pouvez écrire.</translation>
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
        <translation>Rapport exporté vers %1 (%2, avec la valeur du jeton).</translation>
    </message>
    <message>
        <source>Report exported to %1 (%2, no token values).</source>
        <translation>Rapport exporté vers %1 (%2, sans valeur de jeton).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Setting default_org_id of %1…</source>
        <translation>Définition de default_org_id pour %1…</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Open tenant settings</source>
        <translation>Ouvrir les paramètres du tenant</translation>
    </message>
    <message>
        <source>Open this tenant settings page in your browser?</source>
        <translation>Ouvrir cette page des paramètres du tenant dans votre navigateur ?</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1: %2 → %3

Only this key is changed; the change is recorded in the audit log. Tokens issued from now on carry it; log in again (or refresh) to get one.</source>
        <translation>app_metadata.default_org_id de %1 : %2 → %3

Seule cette clé est modifiée ; la modification est consignée dans le journal d’audit. Les jetons émis désormais la contiennent ; reconnectez-vous (ou rafraîchissez) pour en obtenir un.</translation>
    </message>
    <message>
        <source>Set default organization</source>
        <translation>Définir l’organisation par défaut</translation>
    </message>
    <message>
        <source>Set default org</source>
        <translation>Définir l’org par défaut</translation>
    </message>
    <message>
        <source>C&amp;heck the tenant</source>
        <translation>Vérifier le te&amp;nant</translation>
    </message>
    <message>
        <source>Open the Tenant view and check the profile&apos;s tenant (its Actions, exchange profile and application) for the token&apos;s user</source>
        <translation>Ouvre la vue Tenant et vérifie le tenant du profil (ses Actions, son profil d&apos;échange et son application) pour l&apos;utilisateur du jeton</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::GeneratedActionsDialog</name>
    <message>
        <source>Post-Login Action</source>
        <translation>Action Post-Login</translation>
    </message>
    <message>
        <source>Custom Token Exchange Action</source>
        <translation>Action Custom Token Exchange</translation>
    </message>
    <message>
        <source>Paste it into the Auth0 Dashboard: Actions → Library → Create Action → Build from scratch, trigger Login / Post Login. Deploy it, then add it to the flow under Actions → Triggers → post-login and Apply.</source>
        <translation>Collez-la dans l&apos;Auth0 Dashboard : Actions → Library → Create Action → Build from scratch, déclencheur Login / Post Login. Déployez-la, puis ajoutez-la au flux sous Actions → Triggers → post-login et cliquez sur Apply.</translation>
    </message>
    <message>
        <source>your subject_token_type</source>
        <translation>votre subject_token_type</translation>
    </message>
    <message>
        <source>Paste it into a new Action with the Custom Token Exchange trigger (Actions → Library → Create Action), add the dependency jose (version 5), Deploy it, then select it in the token exchange profile for %1.</source>
        <translation>Collez-la dans une nouvelle Action avec le déclencheur Custom Token Exchange (Actions → Library → Create Action), ajoutez la dépendance jose (version 5), déployez-la, puis sélectionnez-la dans le profil d&apos;échange de jetons pour %1.</translation>
    </message>
    <message>
        <source>Edit the profile in the Profiles view (or choose another in the Explain view&apos;s Profile box), then generate the Actions again.</source>
        <translation>Modifiez le profil dans la vue Profils (ou choisissez-en un autre dans la liste Profil de la vue Expliquer), puis générez à nouveau les Actions.</translation>
    </message>
    <message>
        <source>The exchange Action verifies subject tokens against the tenant&apos;s issuer, and the profile has none: fill in &quot;Domain or issuer&quot;.</source>
        <translation>L&apos;Action d&apos;échange vérifie les jetons sujets par rapport à l&apos;émetteur du tenant, et le profil n&apos;en a pas : renseignez « Domaine ou émetteur ».</translation>
    </message>
    <message>
        <source>The exchange Action checks the subject tokens&apos; aud, and the profile has no API audience: fill in &quot;Audience&quot; with your API identifier.</source>
        <translation>L&apos;Action d&apos;échange vérifie l&apos;aud des jetons sujets, et le profil n&apos;a pas d&apos;audience d&apos;API : renseignez « Audience » avec l&apos;identifiant de votre API.</translation>
    </message>
    <message>
        <source>The profile has no claim namespace, so the Actions have no claim name to put the organization under: fill in &quot;Claim namespace&quot; with an https URL you own, e.g. https://example.com/.</source>
        <translation>Le profil n&apos;a pas d&apos;espace de noms de claims, les Actions n&apos;ont donc pas de nom de claim sous lequel placer l&apos;organisation : renseignez « Espace de noms des claims » avec une URL https qui vous appartient, par ex. https://example.com/.</translation>
    </message>
    <message>
        <source>Auth0 Actions for organizations</source>
        <translation>Actions Auth0 pour les organisations</translation>
    </message>
    <message>
        <source>No profile is chosen: the Actions are generated from a profile&apos;s claim namespace, issuer and audience.</source>
        <translation>Aucun profil choisi : les Actions sont générées à partir de l&apos;espace de noms de claims, de l&apos;émetteur et de l&apos;audience d&apos;un profil.</translation>
    </message>
    <message>
        <source>Generated from the profile &quot;%1&quot;: the Post-Login Action puts app_metadata.default_org_id into the namespaced claim &lt;namespace&gt;org_id; the exchange Action turns that claim into a real org_id.</source>
        <translation>Généré à partir du profil « %1 » : l&apos;Action Post-Login place app_metadata.default_org_id dans la claim avec espace de noms &lt;namespace&gt;org_id ; l&apos;Action d&apos;échange transforme cette claim en véritable org_id.</translation>
    </message>
    <message>
        <source>Generated Actions</source>
        <translation>Actions générées</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 code</source>
        <translation>Code de l&apos;%1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copier l&apos;%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 (%n line(s)) to the clipboard.</source>
        <translation>
            <numerusform>%1 (%n ligne) copiée dans le presse-papiers.</numerusform>
            <numerusform>%1 (%n lignes) copiée dans le presse-papiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::HintBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide this hint; it is not shown again</source>
        <translation>Masquer cette astuce ; elle ne sera plus affichée</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when OrgLens is started again.</source>
        <translation>La langue change au prochain démarrage d&apos;OrgLens.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LifetimeTimeline</name>
    <message>
        <source>Token lifetime</source>
        <translation>Durée de vie du jeton</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Émis %1</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>expire %1 (%2)</translation>
    </message>
    <message>
        <source>no expiry (exp missing)</source>
        <translation>pas d’expiration (exp absent)</translation>
    </message>
    <message>
        <source>No iat or exp: the token&apos;s lifetime is unknown</source>
        <translation>Ni iat ni exp : la durée de vie du jeton est inconnue</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>non valide avant %1</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRÉ</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>émis %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::LoginView</name>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Device authorization (code on another device)</source>
        <translation>Device authorization (code sur un autre appareil)</translation>
    </message>
    <message>
        <source>Authorization code + PKCE (this computer&apos;s browser)</source>
        <translation>Authorization code + PKCE (navigateur de cet ordinateur)</translation>
    </message>
    <message>
        <source>Client credentials (machine-to-machine application)</source>
        <translation>Client credentials (application machine à machine)</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>API identifier</source>
        <translation>Identifiant de l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Port&amp;ée :</translation>
    </message>
    <message>
        <source>openid profile email</source>
        <translation>openid profile email</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>org_... (or a name, when the tenant allows it); optional</source>
        <translation>org_... (ou un nom, si le tenant l&apos;autorise) ; facultatif</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion :</translation>
    </message>
    <message>
        <source>e.g. Username-Password-Authentication; optional</source>
        <translation>par ex. Username-Password-Authentication ; facultatif</translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation>Pro&amp;mpt :</translation>
    </message>
    <message>
        <source>Login &amp;hint:</source>
        <translation>&amp;Indice de connexion :</translation>
    </message>
    <message>
        <source>user@example.com; optional</source>
        <translation>user@example.com ; facultatif</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Choose a profile and a flow, then Start.</source>
        <translation>Choisissez un profil et un flux, puis Démarrer.</translation>
    </message>
    <message>
        <source>Device authorization shows a code to enter on any device with a browser. Authorization code + PKCE opens this computer&apos;s browser and waits for it to come back. Client credentials needs the profile&apos;s machine-to-machine client secret. Tokens stay in memory.</source>
        <translation>Device authorization affiche un code à saisir sur n&apos;importe quel appareil doté d&apos;un navigateur. Authorization code + PKCE ouvre le navigateur de cet ordinateur et attend son retour. Client credentials nécessite le secret client machine à machine du profil. Les jetons restent en mémoire.</translation>
    </message>
    <message>
        <source>Open the address below on any device, or scan the QR code, and confirm this code:</source>
        <translation>Ouvrez l&apos;adresse ci-dessous sur n&apos;importe quel appareil, ou scannez le code QR, et confirmez ce code :</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Code utilisateur</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Cop&amp;ier le code</translation>
    </message>
    <message>
        <source>Copied the code.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <source>Open &amp;browser</source>
        <translation>Ouvrir le &amp;navigateur</translation>
    </message>
    <message>
        <source>QR code of the verification address</source>
        <translation>Code QR de l&apos;adresse de vérification</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>Cop&amp;ier l&apos;URL</translation>
    </message>
    <message>
        <source>Copied the authorization URL.</source>
        <translation>URL d&apos;autorisation copiée.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Inspect &amp;access token</source>
        <translation>Inspecter le jeton d&apos;&amp;accès</translation>
    </message>
    <message>
        <source>Inspect &amp;ID token</source>
        <translation>Inspecter le jeton d&apos;&amp;identité</translation>
    </message>
    <message>
        <source>E&amp;xchange this token</source>
        <translation>É&amp;changer ce jeton</translation>
    </message>
    <message>
        <source>No profiles: create one in Profiles</source>
        <translation>Aucun profil : créez-en un dans Profils</translation>
    </message>
    <message>
        <source>Custom Token Exchange of the access token with the profile&apos;s exchange application; shows what changed.</source>
        <translation>Custom Token Exchange du jeton d&apos;accès avec l&apos;application d&apos;échange du profil ; montre ce qui a changé.</translation>
    </message>
    <message>
        <source>The profile has no token exchange application.</source>
        <translation>Le profil n&apos;a pas d&apos;application d&apos;échange de jetons.</translation>
    </message>
    <message>
        <source>The profile has no native client ID: set it in Profiles.</source>
        <translation>Le profil n&apos;a pas d&apos;identifiant client natif : définissez-le dans Profils.</translation>
    </message>
    <message>
        <source>Requesting a code…</source>
        <translation>Demande d&apos;un code…</translation>
    </message>
    <message>
        <source>The server asked to poll more slowly; checking every %1 s.</source>
        <translation>Le serveur demande d&apos;interroger moins souvent ; vérification toutes les %1 s.</translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed in a browser… (checking every %1 s)</source>
        <translation>En attente de la confirmation du code dans un navigateur… (vérification toutes les %1 s)</translation>
    </message>
    <message>
        <source>Requesting a device code from %1…</source>
        <translation>Demande d&apos;un code d&apos;appareil à %1…</translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed in a browser…</source>
        <translation>En attente de la confirmation du code dans un navigateur…</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
    <message>
        <source>Preparing the login…</source>
        <translation>Préparation de la connexion…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Log in there; this window continues by itself.</source>
        <translation>En attente du navigateur… Connectez-vous dans celui-ci ; cette fenêtre continue d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The browser came back; exchanging the code for tokens…</source>
        <translation>Le navigateur est revenu ; échange du code contre des jetons…</translation>
    </message>
    <message>
        <source>Logging in at %1 in the browser…</source>
        <translation>Connexion à %1 dans le navigateur…</translation>
    </message>
    <message>
        <source>The profile has no machine-to-machine client ID: set it in Profiles.</source>
        <translation>Le profil n&apos;a pas d&apos;identifiant client machine à machine : définissez-le dans Profils.</translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation>Lecture du secret client…</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Demande d&apos;un jeton…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>jeton d&apos;accès</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>jeton d&apos;identité</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>jeton de rafraîchissement</translation>
    </message>
    <message>
        <source>Received: %1%2. Granted scope: %3</source>
        <translation>Reçu : %1%2. Portée accordée : %3</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (depuis le cache)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <source>Logged in; the token is open in the inspector.</source>
        <translation>Connecté ; le jeton est ouvert dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>The profile has no token exchange application: set it in Profiles.</source>
        <translation>Le profil n&apos;a pas d&apos;application d&apos;échange de jetons : définissez-la dans Profils.</translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation>Échange du jeton…</translation>
    </message>
    <message>
        <source>The token exchange failed.</source>
        <translation>L&apos;échange de jetons a échoué.</translation>
    </message>
    <message>
        <source>Exchanged; the differences are open in Compare.</source>
        <translation>Échangé ; les différences sont ouvertes dans Comparer.</translation>
    </message>
    <message>
        <source>Could not open a browser: copy the address and open it yourself.</source>
        <translation>Impossible d&apos;ouvrir un navigateur : copiez l&apos;adresse et ouvrez-la vous-même.</translation>
    </message>
    <message>
        <source>Requesting a device code…</source>
        <translation>Demande d&apos;un code d&apos;appareil…</translation>
    </message>
    <message>
        <source>Waiting for the code to be confirmed…</source>
        <translation>En attente de la confirmation du code…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Échange du code contre des jetons…</translation>
    </message>
    <message>
        <source>Reading the exchange client secret…</source>
        <translation>Lecture du secret client de l&apos;échange…</translation>
    </message>
    <message>
        <source>another profile is chosen now; log in again to exchange a token of it</source>
        <translation>un autre profil est choisi maintenant ; reconnectez-vous pour échanger un de ses jetons</translation>
    </message>
    <message>
        <source>from an earlier login: the latest one failed</source>
        <translation>d’une connexion précédente : la dernière a échoué</translation>
    </message>
    <message>
        <source>The token shown is from an earlier login or another profile: log in again, then exchange.</source>
        <translation>Le jeton affiché vient d’une connexion précédente ou d’un autre profil : reconnectez-vous, puis échangez.</translation>
    </message>
    <message>
        <source>the access token of %1</source>
        <translation>du jeton d’accès de %1</translation>
    </message>
    <message>
        <source>the application %1 on %2</source>
        <translation>l’application %1 sur %2</translation>
    </message>
    <message>
        <source>The token exchange was not sent.</source>
        <translation>L’échange de jeton n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Organization is not sent. %1</source>
        <translation>L’organisation n’est pas envoyée. %1</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>Pasted tokens are decoded on this computer; nothing is sent anywhere.</source>
        <translation>Les jetons collés sont décodés sur cet ordinateur ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;Token Input</source>
        <translation>Saisie du &amp;jeton</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About OrgLens</source>
        <translation>À &amp;propos d&apos;OrgLens</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add this tenant</source>
        <translation>Ajouter ce tenant</translation>
    </message>
    <message>
        <source>&amp;Paste Token</source>
        <translation>&amp;Coller le jeton</translation>
    </message>
    <message>
        <source>Open a token, Bearer line, Authorization header or token response from the clipboard (Ctrl+V when no text field has the focus)</source>
        <translation>Ouvrir un jeton, une ligne Bearer, un en-tête Authorization ou une réponse de jeton depuis le presse-papiers (Ctrl+V quand aucun champ de texte n’a le focus)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Nothing to open: %1</source>
        <translation>Rien à ouvrir : %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau : %1</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historique de session</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête(s) en cours</numerusform>
            <numerusform>%n requête(s) en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking signature…</source>
        <translation>Vérification de la signature…</translation>
    </message>
    <message>
        <source>Keys unavailable</source>
        <translation>Clés indisponibles</translation>
    </message>
    <message>
        <source>Verified (%1)</source>
        <translation>Vérifiée (%1)</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Clé inconnue</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Signature non valide</translation>
    </message>
    <message>
        <source>Cannot add this tenant: %1</source>
        <translation>Impossible d’ajouter ce tenant : %1</translation>
    </message>
    <message>
        <source>Added the profile %1; complete it in Profiles (client, audience, management client).</source>
        <translation>Profil %1 ajouté ; complétez-le dans Profils (client, audience, client de gestion).</translation>
    </message>
    <message>
        <source>Fetching the signing keys of %1…</source>
        <translation>Récupération des clés de signature de %1…</translation>
    </message>
    <message>
        <source>Signature not checked</source>
        <translation>Signature non vérifiée</translation>
    </message>
    <message>
        <source>The signature check was cancelled.</source>
        <translation>La vérification de la signature a été annulée.</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>The documentation could not be opened; it is the README.md of OrgLens.</source>
        <translation>La documentation n&apos;a pas pu être ouverte ; c&apos;est le README.md d&apos;OrgLens.</translation>
    </message>
    <message>
        <source>Tenant: %1 (profile %2)</source>
        <translation>Tenant : %1 (profil %2)</translation>
    </message>
    <message>
        <source>Every view works with the tenant %1 of the profile %2; change it with the Profile switcher above.</source>
        <translation>Toutes les vues travaillent avec le tenant %1 du profil %2 ; changez-le avec le sélecteur de profil en haut.</translation>
    </message>
    <message>
        <source>Add a profile for the tenant %1?</source>
        <translation>Ajouter un profil pour le tenant %1 ?</translation>
    </message>
    <message>
        <source>OrgLens will then fetch the tenant&apos;s published signing keys from %1 to verify this token. Nothing has been fetched so far.</source>
        <translation>OrgLens récupérera ensuite les clés de signature publiées du tenant depuis %1 pour vérifier ce jeton. Rien n&apos;a été récupéré jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter le profil</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>En masse</translation>
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
        <translation>Choisissez un profil disposant d’une application Management API (machine à machine).</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has no Management API application: enter its M2M client ID and secret in Profiles, or choose another profile.</source>
        <translation>Le profil &apos;%1&apos; n’a pas d’application Management API : saisissez son ID client et son secret M2M dans Profils, ou choisissez un autre profil.</translation>
    </message>
    <message>
        <source>No M2M client secret for &apos;%1&apos;.</source>
        <translation>Aucun secret client M2M pour &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Reading the M2M client secret of &apos;%1&apos; from the keychain…</source>
        <translation>Lecture du secret client M2M de &apos;%1&apos; depuis le trousseau…</translation>
    </message>
    <message>
        <source>Tenant %1 · Management API application %2</source>
        <translation>Tenant %1 · application Management API %2</translation>
    </message>
    <message>
        <source>Reading the M2M client secret of &apos;%1&apos; was cancelled: choose the profile again to retry.</source>
        <translation>La lecture du secret client M2M de « %1 » a été annulée : choisissez à nouveau le profil pour réessayer.</translation>
    </message>
    <message>
        <source>A bulk run, a repair or an undo is using this profile; it can be changed when that ends.</source>
        <translation>Une exécution en masse, une réparation ou une annulation utilise ce profil ; il pourra être changé quand elle sera terminée.</translation>
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
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>(choose a profile)</source>
        <translation>(choisir un profil)</translation>
    </message>
    <message>
        <source>Also the window&apos;s profile now: every view works with %1 (tenant %2).</source>
        <translation>Désormais aussi le profil de la fenêtre : toutes les vues travaillent avec %1 (tenant %2).</translation>
    </message>
    <message>
        <source>The window&apos;s profile: a profile chosen here is used by every view.</source>
        <translation>Le profil de la fenêtre : un profil choisi ici est utilisé par toutes les vues.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProbeDialog</name>
    <message>
        <source>Run probes</source>
        <translation>Lancer les sondes</translation>
    </message>
    <message>
        <source>Probes go beyond reading the configuration: they make %1 run code or answer a request. Tick the ones to run.</source>
        <translation>Les sondes vont au-delà de la lecture de la configuration : elles font exécuter du code à %1 ou lui font répondre à une requête. Cochez celles à lancer.</translation>
    </message>
    <message>
        <source>&amp;Run probes</source>
        <translation>&amp;Lancer les sondes</translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation>%1
Indisponible : %2</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProfileEditorView</name>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. acme-prod</source>
        <translation>par ex. acme-prod</translation>
    </message>
    <message>
        <source>&amp;Domain or issuer:</source>
        <translation>&amp;Domaine ou émetteur :</translation>
    </message>
    <message>
        <source>acme.eu.auth0.com or https://login.acme.com/</source>
        <translation>acme.eu.auth0.com ou https://login.acme.com/</translation>
    </message>
    <message>
        <source>Native &amp;client ID:</source>
        <translation>ID &amp;client natif :</translation>
    </message>
    <message>
        <source>Native application for device and PKCE logins</source>
        <translation>Application native pour les connexions par appareil et PKCE</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>https://api.example.com/</source>
        <translation>https://api.example.com/</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Port&amp;ées :</translation>
    </message>
    <message>
        <source>openid profile email offline_access</source>
        <translation>openid profile email offline_access</translation>
    </message>
    <message>
        <source>Claim na&amp;mespace:</source>
        <translation>Espace de no&amp;ms des claims :</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>M2M client &amp;ID:</source>
        <translation>&amp;ID client M2M :</translation>
    </message>
    <message>
        <source>Machine-to-machine application for the Management API</source>
        <translation>Application machine à machine pour la Management API</translation>
    </message>
    <message>
        <source>M2M client s&amp;ecret:</source>
        <translation>S&amp;ecret client M2M :</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour conserver le secret enregistré</translation>
    </message>
    <message>
        <source>E&amp;xchange client ID:</source>
        <translation>ID client d&apos;é&amp;change :</translation>
    </message>
    <message>
        <source>Application for Custom Token Exchange</source>
        <translation>Application pour le Custom Token Exchange</translation>
    </message>
    <message>
        <source>Exchange client secre&amp;t:</source>
        <translation>Secre&amp;t client d&apos;échange :</translation>
    </message>
    <message>
        <source>Su&amp;bject token type:</source>
        <translation>Type de jeton su&amp;jet :</translation>
    </message>
    <message>
        <source>urn:example:subject-token (from the exchange profile)</source>
        <translation>urn:example:subject-token (du profil d&apos;échange)</translation>
    </message>
    <message>
        <source>Tenant accepts organi&amp;zation names (not only IDs)</source>
        <translation>Le tenant accepte les noms d&apos;organi&amp;sation (pas seulement les ID)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>New profile: fill in at least a name and the tenant&apos;s domain, then Save.</source>
        <translation>Nouveau profil : renseignez au moins un nom et le domaine du tenant, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation>Non enregistré : corrigez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as a new profile &apos;%1&apos;; &apos;%2&apos; is unchanged.</source>
        <translation>Enregistré comme nouveau profil « %1 » ; « %2 » est inchangé.</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; storing its secrets…</source>
        <translation>« %1 » enregistré ; enregistrement de ses secrets…</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;, but a secret was not stored: %2</source>
        <translation>« %1 » enregistré, mais un secret n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; its secrets are stored in the system keychain.</source>
        <translation>« %1 » enregistré ; ses secrets sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos; and its stored secrets.</source>
        <translation>« %1 » et ses secrets enregistrés ont été supprimés.</translation>
    </message>
    <message>
        <source>Storing the secrets of &apos;%1&apos; in the keychain…</source>
        <translation>Enregistrement des secrets de « %1 » dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;; its secrets are kept in memory until OrgLens quits: no keychain is running.</source>
        <translation>« %1 » enregistré ; ses secrets sont gardés en mémoire jusqu&apos;à la fermeture d&apos;OrgLens : aucun trousseau n&apos;est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Client secrets go to the system keychain, never to the settings file (if no keychain answers, they are kept in memory until OrgLens quits and this line says so).</source>
        <translation>Les secrets client vont dans le trousseau du système, jamais dans le fichier de paramètres (si aucun trousseau ne répond, ils sont gardés en mémoire jusqu&apos;à la fermeture d&apos;OrgLens et cette ligne le dit).</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProfilePicker</name>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ProfileSwitcher</name>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The tenant profile the views work with</source>
        <translation>Le profil de tenant utilisé par les vues</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No profile (add one in Profiles)</source>
        <translation>Aucun profil (ajoutez-en un dans Profils)</translation>
    </message>
    <message>
        <source>Loading profiles…</source>
        <translation>Chargement des profils…</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::RepairDialog</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Prove it with a device login…</source>
        <translation>&amp;Le prouver par une connexion device…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Repair the org_id pipeline</source>
        <translation>Réparer la chaîne org_id</translation>
    </message>
    <message>
        <source>Repair steps</source>
        <translation>Étapes de la réparation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
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
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Requests of the selected step</source>
        <translation>Requêtes de l’étape choisie</translation>
    </message>
    <message>
        <source>Position of OrgLens&apos;s binding</source>
        <translation>Position de la liaison d’OrgLens</translation>
    </message>
    <message>
        <source>Also set %1&apos;s default organization</source>
        <translation>Définir aussi l’organisation par défaut de %1</translation>
    </message>
    <message>
        <source>Sets app_metadata.default_org_id to the user&apos;s organization (when the user belongs to only one)</source>
        <translation>Donne à app_metadata.default_org_id l’organisation de l’utilisateur (s’il n’appartient qu’à une seule)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Bound Actions that set the claim too:</source>
        <translation>Actions liées qui posent aussi le claim :</translation>
    </message>
    <message>
        <source>Position of OrgLens&apos;s binding:</source>
        <translation>Position de la liaison d’OrgLens :</translation>
    </message>
    <message>
        <source>The tenant check before and after the repair</source>
        <translation>La vérification du tenant avant et après la réparation</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>See it in a token: a device login in the Login view → Exchange this token → Compare shows org_id added → Refresh in the session history: the new token keeps it.</source>
        <translation>Le voir dans un jeton : une connexion device dans la vue Connexion → « Échanger ce jeton » → Comparer montre org_id ajouté → Rafraîchir dans l’historique de session : le nouveau jeton le garde.</translation>
    </message>
    <message>
        <source>Write to tenant %1 (profile %2)</source>
        <translation>Écrire dans le tenant %1 (profil %2)</translation>
    </message>
    <message>
        <source>%1, for the user %2</source>
        <translation>%1, pour l’utilisateur %2</translation>
    </message>
    <message>
        <source>Planning the repair of %1…</source>
        <translation>Planification de la réparation de %1…</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>La planification a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n step(s)</source>
        <translation>
            <numerusform>&amp;Appliquer %n étape</numerusform>
            <numerusform>&amp;Appliquer %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will write to the tenant. Apply writes them in this order; each is recorded in the audit log and can be undone there.</source>
        <translation>
            <numerusform>%n étape écrira dans le tenant. Appliquer l’exécute ; elle est consignée dans le journal d’audit et s’y annule.</numerusform>
            <numerusform>%n étapes écriront dans le tenant. Appliquer les exécute dans cet ordre ; chacune est consignée dans le journal d’audit et s’y annule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: every step is in place already.</source>
        <translation>Rien à faire : chaque étape est déjà en place.</translation>
    </message>
    <message>
        <source>Will do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Never removed silently: ticked, OrgLens&apos;s bindings list leaves it out</source>
        <translation>Jamais retirée en silence : cochée, la liste de liaisons d’OrgLens l’omet</translation>
    </message>
    <message>
        <source>First, before %1</source>
        <translation>En premier, avant %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Entre %1 et %2</translation>
    </message>
    <message>
        <source>The only binding</source>
        <translation>La seule liaison</translation>
    </message>
    <message>
        <source>Last, after %1</source>
        <translation>En dernier, après %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Étape %1 sur %2 : %3…</translation>
    </message>
    <message>
        <source>Repairing %1…</source>
        <translation>Réparation de %1…</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Réparation en cours…</translation>
    </message>
    <message>
        <source>%1 Audit entry %2: undo it in the Audit view.</source>
        <translation>%1 Entrée d’audit %2 : à annuler dans la vue Audit.</translation>
    </message>
    <message>
        <source>Checking %1 again…</source>
        <translation>Nouvelle vérification de %1…</translation>
    </message>
    <message>
        <source>The check after the repair was cancelled.</source>
        <translation>La vérification après la réparation a été annulée.</translation>
    </message>
    <message>
        <source>The repair is writing to the tenant: it cannot be stopped halfway</source>
        <translation>La réparation écrit dans le tenant : elle ne peut pas s’arrêter à mi-chemin</translation>
    </message>
    <message>
        <source>Open the Login view prepared for a device login</source>
        <translation>Ouvrir la vue Connexion préparée pour une connexion device</translation>
    </message>
    <message>
        <source>Open the Login view prepared for a device login of %1</source>
        <translation>Ouvrir la vue Connexion préparée pour une connexion device de %1</translation>
    </message>
    <message numerus="yes">
        <source>After the repair, %1 of %n check(s) pass; before, %2 did.</source>
        <translation>
            <numerusform>Après la réparation, %1 vérification sur %n réussit ; avant, %2.</numerusform>
            <numerusform>Après la réparation, %1 vérifications sur %n réussissent ; avant, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbind %1</source>
        <translation>Délier %1</translation>
    </message>
    <message>
        <source>%1 Undo it in the Audit view.</source>
        <translation>%1 Elle s’annule dans la vue Audit.</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::RunCaption</name>
    <message>
        <source>%1 on %2 (%3) at %4</source>
        <translation>%1 sur %2 (%3) à %4</translation>
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
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details on where secrets are kept</source>
        <translation>Détails sur l&apos;endroit où les secrets sont gardés</translation>
    </message>
    <message>
        <source>No keychain: secrets in memory</source>
        <translation>Pas de trousseau : secrets en mémoire</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::SessionHistoryPanel</name>
    <message>
        <source>Tokens of this session</source>
        <translation>Jetons de cette session</translation>
    </message>
    <message>
        <source>No tokens yet.
Paste one (Ctrl+V) or log in: every token of this session is listed here, and forgotten when OrgLens quits.</source>
        <translation>Aucun jeton pour l’instant.
Collez-en un (Ctrl+V) ou connectez-vous : chaque jeton de cette session est listé ici, et oublié à la fermeture d’OrgLens.</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspecter</translation>
    </message>
    <message>
        <source>Open in the Tokens view (Enter)</source>
        <translation>Ouvrir dans la vue Jetons (Entrée)</translation>
    </message>
    <message>
        <source>As &amp;before</source>
        <translation>Comme &amp;avant</translation>
    </message>
    <message>
        <source>Use as the first token of a comparison</source>
        <translation>Utiliser comme premier jeton d’une comparaison</translation>
    </message>
    <message>
        <source>As a&amp;fter</source>
        <translation>Comme a&amp;près</translation>
    </message>
    <message>
        <source>Use as the second token of a comparison</source>
        <translation>Utiliser comme second jeton d’une comparaison</translation>
    </message>
    <message>
        <source>C&amp;hain</source>
        <translation>C&amp;haîne</translation>
    </message>
    <message>
        <source>Show how the claims changed from login through refreshes and exchanges up to this token</source>
        <translation>Montrer comment les claims ont évolué depuis la connexion, au fil des actualisations et des échanges, jusqu’à ce jeton</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>Get new tokens with this login&apos;s refresh token; they are added to the history</source>
        <translation>Obtenir de nouveaux jetons avec le jeton d&apos;actualisation de cette connexion ; ils sont ajoutés à l&apos;historique</translation>
    </message>
    <message>
        <source>Refreshing the tokens with the refresh token of %1 %2…</source>
        <translation>Renouvellement des jetons avec le jeton d&apos;actualisation de %1 %2…</translation>
    </message>
    <message>
        <source>Refreshed: the new tokens are at the end of the session history.</source>
        <translation>Renouvelés : les nouveaux jetons sont à la fin de l&apos;historique de la session.</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>Le renouvellement a échoué : %1</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TenantView</name>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Réussi</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! Avertissement</translation>
    </message>
    <message>
        <source>✗ Critical</source>
        <translation>✗ Critique</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Échec</translation>
    </message>
    <message>
        <source>– Not checked</source>
        <translation>– Non vérifié</translation>
    </message>
    <message>
        <source>&amp;Check tenant</source>
        <translation>&amp;Vérifier le tenant</translation>
    </message>
    <message>
        <source>Run pro&amp;bes…</source>
        <translation>Lancer les so&amp;ndes…</translation>
    </message>
    <message>
        <source>User to check (optional)</source>
        <translation>Utilisateur à vérifier (facultatif)</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s org_id pipeline with the Management API (read scopes only) and judge each step</source>
        <translation>Lire la chaîne org_id du tenant avec la Management API (scopes de lecture seulement) et juger chaque étape</translation>
    </message>
    <message>
        <source>Choose probes that make the tenant run its Actions or answer a forged token exchange</source>
        <translation>Choisir des sondes qui font exécuter ses Actions au tenant ou lui font répondre à un échange de jetons falsifié</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Evidence and fix of the selected step</source>
        <translation>Preuves et correctif de l&apos;étape choisie</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>The check was stopped: another profile is in use now.</source>
        <translation>La vérification a été arrêtée : un autre profil est utilisé maintenant.</translation>
    </message>
    <message>
        <source>another profile is in use now; check the tenant again</source>
        <translation>un autre profil est utilisé maintenant ; vérifiez le tenant à nouveau</translation>
    </message>
    <message>
        <source>Tenant check</source>
        <translation>Vérification du tenant</translation>
    </message>
    <message>
        <source>Tenant check for %1</source>
        <translation>Vérification du tenant pour %1</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (profil %2)</translation>
    </message>
    <message>
        <source>the profile has no token exchange application or subject token type: set them in Profiles.</source>
        <translation>le profil n&apos;a pas d&apos;application d&apos;échange de jetons ou de type de jeton sujet : définissez-les dans Profils.</translation>
    </message>
    <message>
        <source>Action test runs</source>
        <translation>Exécutions de test des Actions</translation>
    </message>
    <message>
        <source>Live token exchange</source>
        <translation>Échange de jetons réel</translation>
    </message>
    <message>
        <source>No probe was run.</source>
        <translation>Aucune sonde n&apos;a été lancée.</translation>
    </message>
    <message>
        <source>Tenant check with probes</source>
        <translation>Vérification du tenant avec sondes</translation>
    </message>
    <message>
        <source>Tenant check with probes for %1</source>
        <translation>Vérification du tenant avec sondes pour %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Correctif : %2</translation>
    </message>
    <message>
        <source>◆ Probe</source>
        <translation>◆ Sonde</translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1 critical)</source>
        <translation>
            <numerusform>%n en échec (%1 critique)</numerusform>
            <numerusform>%n en échec (%1 critiques)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n non vérifiée</numerusform>
            <numerusform>%n non vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ All %n step(s) pass.</source>
        <translation>
            <numerusform>✓ La seule étape (%n) est réussie.</numerusform>
            <numerusform>✓ Les %n étapes sont réussies.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Critical: %1.</source>
        <translation>Critique : %1.</translation>
    </message>
    <message>
        <source>Select a step to see its evidence and fix.</source>
        <translation>Choisissez une étape pour voir ses preuves et son correctif.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>Check tenant reads the profile&apos;s tenant with the Management API (read scopes only) and judges its org_id pipeline step by step. Run probes… goes further once you agree to what it sends.</source>
        <translation>« Vérifier le tenant » lit le tenant du profil avec la Management API (scopes de lecture seulement) et juge sa chaîne org_id étape par étape. « Lancer les sondes… » va plus loin une fois que vous acceptez ce qui est envoyé.</translation>
    </message>
    <message>
        <source>user_id (optional)</source>
        <translation>user_id (facultatif)</translation>
    </message>
    <message>
        <source>With a user, the check also covers the user&apos;s default organization and membership</source>
        <translation>Avec un utilisateur, la vérification couvre aussi son organisation par défaut et son appartenance</translation>
    </message>
    <message>
        <source>Check tenant</source>
        <translation>Vérifier le tenant</translation>
    </message>
    <message>
        <source>Check this profile&apos;s tenant: its org_id pipeline, step by step (Tenant view)</source>
        <translation>Vérifier le tenant de ce profil : sa chaîne org_id, étape par étape (vue Tenant)</translation>
    </message>
    <message>
        <source>Device login: Start, approve it, then Exchange this token; Compare shows org_id added, and a refreshed token keeps it.</source>
        <translation>Connexion device : Démarrer, l’approuver, puis « Échanger ce jeton » ; Comparer montre org_id ajouté, et un jeton rafraîchi le garde.</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Réparer…</translation>
    </message>
    <message>
        <source>The check is running: repair once it is done</source>
        <translation>La vérification est en cours : réparer une fois terminée</translation>
    </message>
    <message>
        <source>Check the tenant first: the repair starts from the checklist of this profile</source>
        <translation>Vérifier d’abord le tenant : la réparation part de la liste de contrôle de ce profil</translation>
    </message>
    <message>
        <source>Nothing to repair: no step of the checklist failed</source>
        <translation>Rien à réparer : aucune étape de la liste de contrôle n’a échoué</translation>
    </message>
    <message>
        <source>Plan the writes that fix the failed steps, review them, then apply them (each can be undone in the Audit view)</source>
        <translation>Planifier les écritures qui corrigent les étapes en échec, les relire, puis les appliquer (chacune s’annule dans la vue Audit)</translation>
    </message>
    <message>
        <source>Tenant check after the repair</source>
        <translation>Vérification du tenant après la réparation</translation>
    </message>
    <message>
        <source>Tenant check after the repair for %1</source>
        <translation>Vérification du tenant après la réparation pour %1</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TokenDiffView</name>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Avant :</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>A&amp;près :</translation>
    </message>
    <message>
        <source>Paste the first token</source>
        <translation>Collez le premier jeton</translation>
    </message>
    <message>
        <source>Paste the second token</source>
        <translation>Collez le second jeton</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare the two tokens (Ctrl+Enter)</source>
        <translation>Comparer les deux jetons (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>&amp;Différences seulement</translation>
    </message>
    <message>
        <source>Paste two tokens, or use &quot;Exchange this token&quot; on the Login view, to see what changed between them.</source>
        <translation>Collez deux jetons, ou utilisez « Échanger ce jeton » dans la vue Connexion, pour voir ce qui a changé entre eux.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>The two tokens have the same claims.</source>
        <translation>Les deux jetons ont les mêmes claims.</translation>
    </message>
    <message>
        <source>%1 added (+), %2 removed (−), %3 changed (~); dimmed rows differ on every issuance.</source>
        <translation>%1 ajoutés (+), %2 supprimés (−), %3 modifiés (~) ; les lignes estompées diffèrent à chaque émission.</translation>
    </message>
    <message>
        <source>Before token</source>
        <translation>Jeton avant</translation>
    </message>
    <message>
        <source>After token</source>
        <translation>Jeton après</translation>
    </message>
    <message>
        <source>Two tokens</source>
        <translation>Deux jetons</translation>
    </message>
    <message>
        <source>Session chain</source>
        <translation>Chaîne de session</translation>
    </message>
    <message>
        <source>Note: Before: %1</source>
        <translation>Remarque : Avant : %1</translation>
    </message>
    <message>
        <source>Note: After: %1</source>
        <translation>Remarque : Après : %1</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TokenInspectorView</name>
    <message>
        <source>Paste a token (JWT, &apos;Bearer …&apos; or an Authorization header line)</source>
        <translation>Collez un jeton (JWT, « Bearer … » ou une ligne d&apos;en-tête Authorization)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Paste a token or log in to start</source>
        <translation>Collez un jeton ou connectez-vous pour commencer</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Jeton encodé</translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation>JSON &amp;brut</translation>
    </message>
    <message>
        <source>Show the decoded header and payload as pretty-printed JSON</source>
        <translation>Afficher l&apos;en-tête et la charge utile décodés en JSON mis en forme</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Decoded JSON</source>
        <translation>JSON décodé</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Signature not checked</source>
        <translation>Signature non vérifiée</translation>
    </message>
    <message>
        <source>The token was decoded locally. Its signature has not been verified, so nothing in it can be trusted yet.</source>
        <translation>Le jeton a été décodé localement. Sa signature n&apos;a pas été vérifiée, rien de son contenu n&apos;est donc encore fiable.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Avertissement :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Encoded token: %1 . %2 . %3</source>
        <translation>Jeton encodé : %1 . %2 . %3</translation>
    </message>
    <message numerus="yes">
        <source>Header (%n characters)</source>
        <translation>
            <numerusform>En-tête (%n caractère)</numerusform>
            <numerusform>En-tête (%n caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload (%n characters)</source>
        <translation>
            <numerusform>Charge utile (%n caractère)</numerusform>
            <numerusform>Charge utile (%n caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signature (%n characters)</source>
        <translation>
            <numerusform>Signature (%n caractère)</numerusform>
            <numerusform>Signature (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Select a row to see its full value and explanation. Ctrl+C copies the value, Ctrl+Shift+C its path.</source>
        <translation>Sélectionnez une ligne pour voir sa valeur complète et son explication. Ctrl+C copie la valeur, Ctrl+Maj+C son chemin.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <source>Copied the value of %1</source>
        <translation>Valeur de %1 copiée</translation>
    </message>
    <message>
        <source>Copied the path %1</source>
        <translation>Chemin %1 copié</translation>
    </message>
    <message>
        <source>&amp;Add this tenant…</source>
        <translation>&amp;Ajouter ce tenant…</translation>
    </message>
    <message>
        <source>Find a claim or value (Ctrl+F)</source>
        <translation>Rechercher un claim ou une valeur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find claim</source>
        <translation>Rechercher un claim</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>No profile has the issuer %1, so the signature cannot be checked. Add the tenant as a profile to verify this token with its published keys (nothing is fetched until you confirm).</source>
        <translation>Aucun profil n’a l’émetteur %1 : la signature ne peut donc pas être vérifiée. Ajoutez le tenant comme profil pour vérifier ce jeton avec ses clés publiées (rien n’est récupéré avant votre confirmation).</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::UsersView</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Save default organization…</source>
        <translation>Enregistrer l&apos;organisation par défaut…</translation>
    </message>
    <message>
        <source>Lucene query, e.g. email:alice* or app_metadata.default_org_id:org_acme</source>
        <translation>Requête Lucene, par ex. email:alice* ou app_metadata.default_org_id:org_acme</translation>
    </message>
    <message>
        <source>app_metadata:</source>
        <translation>app_metadata :</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisations :</translation>
    </message>
    <message>
        <source>Default organization:</source>
        <translation>Organisation par défaut :</translation>
    </message>
    <message>
        <source>No tenant: choose a profile with a machine-to-machine application first.</source>
        <translation>Aucun tenant : choisissez d&apos;abord un profil avec une application machine à machine.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 of %2 user(s)</source>
        <translation>%1 sur %2 utilisateur(s)</translation>
    </message>
    <message>
        <source>%1 (%2) — not a member</source>
        <translation>%1 (%2) — non membre</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved and verified (audit entry %1).</source>
        <translation>Enregistré et vérifié (entrée d&apos;audit %1).</translation>
    </message>
    <message>
        <source>User search</source>
        <translation>Recherche d’utilisateurs</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Utilisateurs trouvés</translation>
    </message>
    <message>
        <source>app_metadata of the selected user</source>
        <translation>app_metadata de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Organizations of the selected user</source>
        <translation>Organisations de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Default organization</source>
        <translation>Organisation par défaut</translation>
    </message>
    <message>
        <source>Users can be searched once the profile above can use the Management API.</source>
        <translation>Les utilisateurs peuvent être recherchés dès que le profil ci-dessus peut utiliser la Management API.</translation>
    </message>
    <message>
        <source>Search by user_id, e-mail, name or a Lucene query; an empty search lists the first users.</source>
        <translation>Recherche par user_id, e-mail, nom ou requête Lucene ; une recherche vide liste les premiers utilisateurs.</translation>
    </message>
    <message>
        <source>Searching users…</source>
        <translation>Recherche des utilisateurs…</translation>
    </message>
    <message>
        <source>Loading the organizations of %1…</source>
        <translation>Chargement des organisations de %1…</translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s organizations…</source>
        <translation>Chargement des organisations du tenant…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Saving the default organization of %1…</source>
        <translation>Enregistrement de l&apos;organisation par défaut de %1…</translation>
    </message>
    <message>
        <source>Reading %1 back…</source>
        <translation>Relecture de %1…</translation>
    </message>
    <message>
        <source>First users</source>
        <translation>Premiers utilisateurs</translation>
    </message>
    <message>
        <source>Search “%1”</source>
        <translation>Recherche « %1 »</translation>
    </message>
    <message>
        <source>app_metadata.default_org_id of %1: %2 → %3

Only this key is changed; the change is recorded in the audit log.</source>
        <translation>app_metadata.default_org_id de %1 : %2 → %3

Seule cette clé est modifiée ; la modification est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Change the default organization of %1</source>
        <translation>Modifier l&apos;organisation par défaut de %1</translation>
    </message>
    <message>
        <source>Clear default org</source>
        <translation>Effacer l&apos;organisation par défaut</translation>
    </message>
    <message>
        <source>Set default org</source>
        <translation>Définir l&apos;organisation par défaut</translation>
    </message>
</context>
<context>
    <name>orglens::widgets::WriteConfirmation</name>
    <message>
        <source>Write to tenant %1?</source>
        <translation>Écrire dans le tenant %1 ?</translation>
    </message>
    <message>
        <source>Write to tenant %1 (profile %2)?</source>
        <translation>Écrire dans le tenant %1 (profil %2) ?</translation>
    </message>
</context>
</TS>
