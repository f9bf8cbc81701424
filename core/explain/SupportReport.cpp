#include "SupportReport.h"

#include "jwt/TokenDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

namespace orglens::explain {

namespace {

// The translation context of this file's messages.
struct SupportReport {
    Q_DECLARE_TR_FUNCTIONS(orglens::explain::SupportReport)
};

// Request parameters that are secrets (or single-use credentials) are never reported.
bool isSecretParameter(const QString &key)
{
    static const QStringList keys{QStringLiteral("client_secret"), QStringLiteral("refresh_token"),
                                  QStringLiteral("subject_token"), QStringLiteral("actor_token"),
                                  QStringLiteral("device_code"),   QStringLiteral("code"),
                                  QStringLiteral("code_verifier"), QStringLiteral("password"),
                                  QStringLiteral("token"),         QStringLiteral("client_assertion")};
    return keys.contains(key);
}

QJsonObject safeParameters(const QJsonObject &parameters)
{
    QJsonObject safe;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!isSecretParameter(it.key()))
            safe.insert(it.key(), it.value());
    }
    return safe;
}

// What the report says about where the token came from, from the session record or else the profile.
struct RequestFacts {
    std::optional<oauth::Flow> flow;
    QUrl issuer;
    QString clientId;
    QJsonObject parameters;
};

RequestFacts requestFacts(const SupportReportInput &input)
{
    RequestFacts facts;
    if (input.session) {
        facts.flow = input.session->flow;
        facts.issuer = input.session->issuer;
        facts.clientId = input.session->clientId;
        facts.parameters = safeParameters(input.session->parameters);
    } else {
        facts.flow = input.flow;
    }
    if (input.profile) {
        if (facts.issuer.isEmpty())
            facts.issuer = input.profile->issuer;
        if (facts.clientId.isEmpty())
            facts.clientId = facts.flow == oauth::Flow::ClientCredentials ? input.profile->managementClientId
                             : facts.flow == oauth::Flow::Exchange        ? input.profile->exchangeClientId
                                                                          : input.profile->clientId;
        if (!input.session) {
            if (!input.profile->audience.isEmpty())
                facts.parameters.insert(QStringLiteral("audience"), input.profile->audience);
            if (!input.profile->scope.isEmpty())
                facts.parameters.insert(QStringLiteral("scope"), input.profile->scope);
        }
    }
    // Without a session record or profile, the token itself says which tenant and application issued it.
    const auto decoded = jwt::decodeToken(QString::fromUtf8(input.token));
    if (decoded) {
        const QJsonObject &payload = decoded->payload;
        if (facts.issuer.isEmpty())
            facts.issuer = QUrl(payload.value(QLatin1String("iss")).toString(), QUrl::StrictMode);
        if (facts.clientId.isEmpty())
            facts.clientId =
                payload.value(QLatin1String("azp")).toString(payload.value(QLatin1String("client_id")).toString());
    }
    if (!facts.issuer.isValid() || facts.issuer.isRelative())
        facts.issuer.clear();
    return facts;
}

QJsonObject tokenEntry(const QString &kind, const QByteArray &token, bool includeValue)
{
    QJsonObject entry{{QStringLiteral("kind"), kind}};
    const auto decoded = jwt::decodeToken(QString::fromUtf8(token));
    if (decoded) {
        entry.insert(QStringLiteral("header"), decoded->header);
        entry.insert(QStringLiteral("payload"), decoded->payload); // never the signature
    } else {
        entry.insert(QStringLiteral("error"), decoded.error().code);
    }
    if (includeValue)
        entry.insert(QStringLiteral("value"), QString::fromUtf8(token.trimmed()));
    return entry;
}

QJsonArray tokenEntries(const SupportReportInput &input)
{
    QJsonArray entries;
    QList<QByteArray> seen;
    const auto add = [&](const QString &kind, const QByteArray &token) {
        const QByteArray trimmed = token.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed))
            return;
        seen.append(trimmed);
        entries.append(tokenEntry(kind, trimmed, input.includeTokens));
    };
    // The refresh token of the session is deliberately absent.
    add(QStringLiteral("diagnosed"), input.token);
    if (input.session) {
        add(QStringLiteral("access_token"), input.session->tokens.accessToken.bytes());
        add(QStringLiteral("id_token"), input.session->tokens.idToken.bytes());
    }
    return entries;
}

QJsonObject tenantJson(const TenantEvidence &tenant)
{
    QJsonObject json;
    if (tenant.user) {
        QJsonObject user;
        for (const QLatin1String key :
             {QLatin1String("user_id"), QLatin1String("email"), QLatin1String("app_metadata")}) {
            if (tenant.user->contains(key))
                user.insert(key, tenant.user->value(key));
        }
        json.insert(QStringLiteral("user"), user);
    }
    if (tenant.userOrganizations)
        json.insert(QStringLiteral("user_organizations"), *tenant.userOrganizations);
    if (!tenant.organizations.isEmpty()) {
        QJsonArray organizations;
        for (const QJsonObject &organization : tenant.organizations)
            organizations.append(organization);
        json.insert(QStringLiteral("organizations"), organizations);
    }
    if (tenant.client) {
        QJsonObject client;
        for (const QLatin1String key :
             {QLatin1String("client_id"), QLatin1String("name"), QLatin1String("app_type"),
              QLatin1String("grant_types"), QLatin1String("organization_usage"),
              QLatin1String("organization_require_behavior"), QLatin1String("default_organization")}) {
            if (tenant.client->contains(key))
                client.insert(key, tenant.client->value(key));
        }
        json.insert(QStringLiteral("client"), client);
    }
    if (tenant.clientGrant)
        json.insert(QStringLiteral("client_grant"), *tenant.clientGrant); // ids, audience, scopes: no secrets
    return json;
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// One curl command in the shell's multi-line form. `fields` are form fields; a value starting with '$' is a
// placeholder and goes in double quotes so the shell expands it.
QString curlPost(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    QStringList lines{QStringLiteral("curl -sS -X POST %1").arg(shellQuote(url.toString()))};
    for (const auto &[key, value] : fields) {
        if (value.isEmpty())
            continue;
        lines << (value.startsWith(QLatin1Char('$'))
                      ? QStringLiteral("--data-urlencode \"%1=%2\"").arg(key, value)
                      : QStringLiteral("--data-urlencode %1").arg(shellQuote(key + QLatin1Char('=') + value)));
    }
    return lines.join(QStringLiteral(" \\\n  "));
}

QString curlGet(const QUrl &url, const QString &bearerPlaceholder)
{
    return QStringLiteral("curl -sS %1 \\\n  -H \"Authorization: Bearer %2\"")
        .arg(shellQuote(url.toString(QUrl::FullyEncoded)), bearerPlaceholder);
}

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QStringList reproductionCommands(const SupportReportInput &input)
{
    const RequestFacts facts = requestFacts(input);
    QStringList commands;
    if (facts.issuer.isEmpty()) {
        commands << SupportReport::tr("# The issuer is unknown (no session record, no profile): no reproduction.");
        return commands;
    }
    const QUrl tokenUrl = facts.issuer.resolved(QUrl(QStringLiteral("oauth/token")));
    const auto param = [&](const char *key) { return facts.parameters.value(QLatin1String(key)).toString(); };
    const QString audience = param("audience");
    const QString scope = param("scope");
    const QString organization = param("organization");
    const std::optional<oauth::Flow> flow = facts.flow;

    if (flow == oauth::Flow::Device) {
        commands << SupportReport::tr("# 1. Start the device login, then approve it at verification_uri_complete.")
                 << curlPost(facts.issuer.resolved(QUrl(QStringLiteral("oauth/device/code"))),
                             {{QStringLiteral("client_id"), facts.clientId},
                              {QStringLiteral("scope"), scope},
                              {QStringLiteral("audience"), audience}})
                 << SupportReport::tr("# 2. Poll with the device_code from step 1.")
                 << curlPost(tokenUrl, {{QStringLiteral("grant_type"),
                                         QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                                        {QStringLiteral("client_id"), facts.clientId},
                                        {QStringLiteral("device_code"), QStringLiteral("$DEVICE_CODE")}});
    } else if (flow == oauth::Flow::Pkce) {
        QUrl authorize = facts.issuer.resolved(QUrl(QStringLiteral("authorize")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), facts.clientId);
        for (const char *key : {"redirect_uri", "scope", "audience", "organization", "connection", "prompt"}) {
            if (!param(key).isEmpty())
                query.addQueryItem(QLatin1String(key), param(key));
        }
        query.addQueryItem(QStringLiteral("code_challenge"), QStringLiteral("CODE_CHALLENGE"));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(query);
        commands << SupportReport::tr(
                        "# 1. Open in a browser (CODE_CHALLENGE = BASE64URL(SHA256($CODE_VERIFIER))) and log in:")
                 << QStringLiteral("# ") + authorize.toString(QUrl::FullyEncoded)
                 << SupportReport::tr("# 2. Redeem the code from the redirect.")
                 << curlPost(tokenUrl, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("client_id"), facts.clientId},
                                        {QStringLiteral("code"), QStringLiteral("$CODE")},
                                        {QStringLiteral("code_verifier"), QStringLiteral("$CODE_VERIFIER")},
                                        {QStringLiteral("redirect_uri"), param("redirect_uri")}});
    } else if (flow == oauth::Flow::Refresh) {
        commands << SupportReport::tr("# Refresh (the refresh token is not part of this report).")
                 << curlPost(tokenUrl, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("client_id"), facts.clientId},
                                        {QStringLiteral("refresh_token"), QStringLiteral("$REFRESH_TOKEN")}});
    } else if (flow == oauth::Flow::ClientCredentials) {
        commands << SupportReport::tr("# Client credentials.")
                 << curlPost(tokenUrl, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                        {QStringLiteral("client_id"), facts.clientId},
                                        {QStringLiteral("client_secret"), QStringLiteral("$CLIENT_SECRET")},
                                        {QStringLiteral("audience"), audience},
                                        {QStringLiteral("organization"), organization}});
    } else if (flow == oauth::Flow::Exchange) {
        QString tokenType = param("subject_token_type");
        if (tokenType.isEmpty() && input.profile)
            tokenType = input.profile->subjectTokenType;
        commands << SupportReport::tr("# Custom Token Exchange (SUBJECT_TOKEN: the access token that was exchanged).")
                 << curlPost(tokenUrl, {{QStringLiteral("grant_type"),
                                         QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange")},
                                        {QStringLiteral("client_id"), facts.clientId},
                                        {QStringLiteral("client_secret"), QStringLiteral("$CLIENT_SECRET")},
                                        {QStringLiteral("subject_token"), QStringLiteral("$SUBJECT_TOKEN")},
                                        {QStringLiteral("subject_token_type"), tokenType},
                                        {QStringLiteral("audience"), audience},
                                        {QStringLiteral("scope"), scope},
                                        {QStringLiteral("organization"), organization}});
    } else if (flow == oauth::Flow::Password) {
        commands << SupportReport::tr("# Resource Owner Password grant.")
                 << curlPost(tokenUrl, {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                        {QStringLiteral("client_id"), facts.clientId},
                                        {QStringLiteral("username"), QStringLiteral("$USERNAME")},
                                        {QStringLiteral("password"), QStringLiteral("$PASSWORD")},
                                        {QStringLiteral("audience"), audience},
                                        {QStringLiteral("scope"), scope}});
    } else {
        commands << SupportReport::tr("# The flow that produced the token is unknown: the login is not reproduced.");
    }

    // The tenant evidence, read again with a Management API token.
    const QUrl api = facts.issuer.resolved(QUrl(QStringLiteral("api/v2/")));
    QString userId;
    if (input.tenant.user)
        userId = input.tenant.user->value(QLatin1String("user_id")).toString();
    const QString clientId =
        input.tenant.client ? input.tenant.client->value(QLatin1String("client_id")).toString() : QString();
    if (!userId.isEmpty() || !clientId.isEmpty()) {
        commands << SupportReport::tr("# Tenant evidence: MGMT_TOKEN is a Management API token (audience %1).")
                        .arg(api.toString());
        if (input.profile && !input.profile->managementClientId.isEmpty()) {
            commands << QStringLiteral("MGMT_TOKEN=$(") +
                            curlPost(tokenUrl,
                                     {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                      {QStringLiteral("client_id"), input.profile->managementClientId},
                                      {QStringLiteral("client_secret"), QStringLiteral("$MGMT_CLIENT_SECRET")},
                                      {QStringLiteral("audience"), api.toString()}}) +
                            QStringLiteral(" | jq -r .access_token)");
        }
    }
    if (!userId.isEmpty()) {
        commands << curlGet(api.resolved(QUrl(QStringLiteral("users/") + segment(userId))),
                            QStringLiteral("$MGMT_TOKEN"))
                 << curlGet(api.resolved(
                                QUrl(QStringLiteral("users/") + segment(userId) + QStringLiteral("/organizations"))),
                            QStringLiteral("$MGMT_TOKEN"));
    }
    if (!clientId.isEmpty())
        commands << curlGet(api.resolved(QUrl(QStringLiteral("clients/") + segment(clientId))),
                            QStringLiteral("$MGMT_TOKEN"));
    return commands;
}

QJsonObject supportReportJson(const SupportReportInput &input)
{
    const RequestFacts facts = requestFacts(input);
    const QDateTime at = input.generatedAt.isValid() ? input.generatedAt : QDateTime::currentDateTimeUtc();
    QJsonObject report{
        {QStringLiteral("generated_at"), at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("verdict"), QJsonObject{{QStringLiteral("has_org_id"), input.diagnosis.hasOrgId}}},
        {QStringLiteral("diagnosis"), input.diagnosis.toJson()},
        {QStringLiteral("tokens"), tokenEntries(input)},
        {QStringLiteral("tokens_included"), input.includeTokens},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("flow"), facts.flow ? oauth::flowId(*facts.flow) : QString()},
                     {QStringLiteral("issuer"), facts.issuer.toString()},
                     {QStringLiteral("client_id"), facts.clientId},
                     {QStringLiteral("parameters"), facts.parameters}}},
        {QStringLiteral("tenant"), tenantJson(input.tenant)},
        {QStringLiteral("reproduction"), QJsonArray::fromStringList(reproductionCommands(input))}};
    if (input.tenant.doctor)
        report.insert(QStringLiteral("doctor"), input.tenant.doctor->toJson());
    return report;
}

namespace {

QString jsonBlock(const QJsonValue &value)
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    return QStringLiteral("```json\n%1```\n").arg(QString::fromUtf8(text));
}

// Markdown table cells: no line breaks, no unescaped pipes.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return text.simplified();
}

// The tenant doctor's checklist: one table row per step.
QString doctorChecklistMarkdown(const doctor::DoctorReport &report)
{
    QString md;
    QTextStream out(&md);
    out << "## " << SupportReport::tr("Tenant doctor") << "\n\n"
        << SupportReport::tr("The org_id pipeline of %1, step by step.").arg(report.tenant) << "\n\n| "
        << SupportReport::tr("step") << " | " << SupportReport::tr("status") << " | " << SupportReport::tr("check")
        << " | " << SupportReport::tr("evidence") << " | " << SupportReport::tr("fix") << " |\n|---|---|---|---|---|\n";
    for (const doctor::DoctorStep &step : report.steps) {
        const QString status = doctor::stepStatusName(step.status);
        out << "| " << step.id << " | " << (step.critical ? status + QStringLiteral(" (critical)") : status) << " | "
            << cell(step.title) << " | " << cell(step.evidence.join(QStringLiteral("; "))) << " | "
            << (step.status == doctor::StepStatus::Pass ? QString() : cell(step.fix)) << " |\n";
    }
    for (const doctor::ProbeOutcome &probe : report.probes)
        out << '\n' << SupportReport::tr("Probe %1: %2").arg(probe.id, cell(probe.result)) << '\n';
    out << '\n';
    out.flush();
    return md;
}

} // namespace

QString supportReportMarkdown(const SupportReportInput &input)
{
    const QJsonObject report = supportReportJson(input);
    const Diagnosis &diagnosis = input.diagnosis;
    QString md;
    QTextStream out(&md);
    out << "# " << SupportReport::tr("OrgLens support report") << "\n\n"
        << SupportReport::tr("Generated %1. Signatures, refresh tokens and client secrets are never included.")
               .arg(report.value(QLatin1String("generated_at")).toString())
        << ' '
        << (input.includeTokens ? SupportReport::tr("Access and ID token values are included at the sender's request.")
                                : SupportReport::tr("Token values are not included, only their decoded claims."))
        << "\n\n## " << SupportReport::tr("Verdict") << "\n\n"
        << (diagnosis.hasOrgId ? SupportReport::tr("The token has org_id.")
                               : SupportReport::tr("The token has no org_id."))
        << "\n\n## " << SupportReport::tr("Findings") << "\n\n";
    if (diagnosis.findings.isEmpty())
        out << SupportReport::tr("No findings.") << "\n\n";
    const QJsonArray findingsJson =
        report.value(QLatin1String("diagnosis")).toObject().value(QLatin1String("findings")).toArray();
    for (qsizetype i = 0; i < diagnosis.findings.size(); ++i) {
        const Finding &finding = diagnosis.findings.at(i);
        out << "### " << i + 1 << ". " << finding.title << " (`" << finding.id << "`, "
            << confidenceName(finding.confidence) << ")\n\n";
        const QJsonArray evidence = findingsJson.at(i).toObject().value(QLatin1String("evidence")).toArray();
        for (const QJsonValue &each : evidence) {
            const QJsonObject item = each.toObject();
            out << "- " << item.value(QLatin1String("role")).toString() << " ("
                << item.value(QLatin1String("source")).toString()
                << "): " << item.value(QLatin1String("text")).toString() << '\n';
        }
        if (!finding.fixSteps.isEmpty()) {
            out << '\n' << SupportReport::tr("Fix:") << "\n\n";
            for (qsizetype step = 0; step < finding.fixSteps.size(); ++step)
                out << step + 1 << ". " << finding.fixSteps.at(step) << '\n';
        }
        out << '\n';
    }

    out << "## " << SupportReport::tr("Decoded tokens") << "\n\n";
    for (const QJsonValue &each : report.value(QLatin1String("tokens")).toArray()) {
        const QJsonObject token = each.toObject();
        out << "### " << token.value(QLatin1String("kind")).toString() << "\n\n";
        if (token.contains(QLatin1String("error")))
            out << SupportReport::tr("Not a decodable JWT (%1).").arg(token.value(QLatin1String("error")).toString())
                << "\n\n";
        else
            out << SupportReport::tr("Header:") << "\n\n"
                << jsonBlock(token.value(QLatin1String("header"))) << '\n'
                << SupportReport::tr("Payload:") << "\n\n"
                << jsonBlock(token.value(QLatin1String("payload"))) << '\n';
        if (token.contains(QLatin1String("value")))
            out << SupportReport::tr("Value:") << "\n\n```\n"
                << token.value(QLatin1String("value")).toString() << "\n```\n\n";
    }

    const QJsonObject request = report.value(QLatin1String("request")).toObject();
    out << "## " << SupportReport::tr("Request") << "\n\n| " << SupportReport::tr("parameter") << " | "
        << SupportReport::tr("value") << " |\n|---|---|\n";
    for (const char *key : {"flow", "issuer", "client_id"})
        out << "| " << key << " | " << cell(request.value(QLatin1String(key)).toString()) << " |\n";
    const QJsonObject parameters = request.value(QLatin1String("parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        out << "| " << cell(it.key()) << " | " << cell(it.value().toVariant().toString()) << " |\n";

    out << "\n## " << SupportReport::tr("Tenant evidence") << "\n\n";
    const QJsonObject tenant = report.value(QLatin1String("tenant")).toObject();
    if (tenant.isEmpty())
        out << SupportReport::tr("Not fetched.") << "\n\n";
    else
        out << jsonBlock(tenant) << '\n';

    if (input.tenant.doctor)
        out << doctorChecklistMarkdown(*input.tenant.doctor);

    out << "## " << SupportReport::tr("Reproduction") << "\n\n"
        << SupportReport::tr(
               "Secrets are placeholders ($CLIENT_SECRET, $REFRESH_TOKEN, ...): set them in your shell first.")
        << "\n\n```sh\n";
    for (const QJsonValue &each : report.value(QLatin1String("reproduction")).toArray())
        out << each.toString() << '\n';
    out << "```\n";
    out.flush();
    return md;
}

SupportReportInput supportReportInput(const ExplainInput &input, const Diagnosis &diagnosis, bool includeTokens)
{
    return {diagnosis, input.token, input.session, input.declaredFlow, input.profile, input.tenant, includeTokens, {}};
}

Result<QString> writeSupportReport(const SupportReportInput &input, const QString &path)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray bytes = json ? QJsonDocument(supportReportJson(input)).toJson(QJsonDocument::Indented)
                                  : supportReportMarkdown(input).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("write-failed"),
                     SupportReport::tr("Could not write the report to %1: %2").arg(path, file.errorString())};
    return json ? QStringLiteral("json") : QStringLiteral("markdown");
}

} // namespace orglens::explain
