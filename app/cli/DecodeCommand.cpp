#include "DecodeCommand.h"

#include "TokenInput.h"
#include "common/JsonLineWriter.h"
#include "common/JsonText.h"
#include "jwt/Jwt.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <optional>

namespace orglens::cli {

using namespace Qt::StringLiterals;

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"),
                                    DecodeCommand::tr("Print one JSON object (documented in the README)."));
const QCommandLineOption
    BatchOption(QStringLiteral("batch"),
                DecodeCommand::tr("Read one token per line from standard input; print one JSON object per line. A bad "
                                  "line gives an error object and the batch goes on."));

const QCommandLineOption
    VerifyOption(QStringLiteral("verify"),
                 DecodeCommand::tr("Check the signature and validate iss, aud, exp, nbf and azp; needs --issuer or "
                                   "--jwks. Exit code 1 when the token is not genuine or not valid."));
const QCommandLineOption IssuerOption(QStringLiteral("issuer"),
                                      DecodeCommand::tr("The tenant's issuer (https://TENANT/); its keys come from its "
                                                        "discovery document. Never from a URL inside the token."),
                                      QStringLiteral("URL"));
const QCommandLineOption JwksOption(QStringLiteral("jwks"),
                                    DecodeCommand::tr("Verify with the keys in this JWKS file."),
                                    QStringLiteral("FILE"));
const QCommandLineOption AudienceOption(QStringLiteral("audience"),
                                        DecodeCommand::tr("Expected audience (repeatable); checked with --verify."),
                                        QStringLiteral("AUD"));
const QCommandLineOption ClientIdOption(QStringLiteral("client-id"),
                                        DecodeCommand::tr("Expected authorized party (azp); checked with --verify."),
                                        QStringLiteral("ID"));
const QCommandLineOption LeewayOption(QStringLiteral("leeway"),
                                      DecodeCommand::tr("Clock skew allowed for exp and nbf, in seconds (default 60)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("60"));

// Verifies with the keys of a JWKS file, or of the configured issuer (fetched once, refreshed at most once a minute
// when the kid is unknown). Waits for the network in a local event loop: this is the CLI.
class Verifier {
public:
    Verifier() : m_client(&m_network), m_verifier(&m_client) {}

    // Loads the file or checks the issuer URL; on failure says why.
    std::optional<Error> open(const QCommandLineParser &parser)
    {
        if (parser.isSet(JwksOption)) {
            auto keys = jwt::loadJwksFile(parser.value(JwksOption));
            if (!keys)
                return keys.error();
            m_fileKeys = std::move(keys).value();
        }
        if (parser.isSet(IssuerOption)) {
            auto issuer = jwt::JwksClient::checkIssuer(QUrl(parser.value(IssuerOption)));
            if (!issuer)
                return issuer.error();
            m_issuer = issuer.value();
        }
        return std::nullopt;
    }

    jwt::TokenVerification verify(const jwt::DecodedToken &token, const jwt::ValidationOptions &options)
    {
        if (m_fileKeys)
            return jwt::verifyToken(token, *m_fileKeys, options);
        jwt::TokenVerification verification;
        QEventLoop loop;
        QObject::connect(&m_verifier, &jwt::TokenVerifier::verified, &loop,
                         [&](const QString &, const jwt::TokenVerification &result) {
                             verification = result;
                             loop.quit();
                         });
        m_verifier.verify(token, m_issuer, options);
        loop.exec();
        return verification;
    }

    QString issuer() const { return m_issuer.isEmpty() ? QString() : m_issuer.toString(); }

private:
    QNetworkAccessManager m_network;
    jwt::JwksClient m_client;
    jwt::TokenVerifier m_verifier;
    std::optional<jwt::JwkSet> m_fileKeys;
    QUrl m_issuer;
};

// Unqualified: lupdate reads a qualified return type as the function's class and misfiles the tr() context.
using jwt::SignatureResult;

SignatureResult signatureNotChecked(const jwt::DecodedToken &token)
{
    return {false, false, token.alg(), token.kid(),
            DecodeCommand::tr("not checked: pass --verify with --issuer URL or --jwks FILE")};
}

QJsonObject decodeReport(const jwt::DecodedToken &token, const std::optional<jwt::TokenVerification> &verification)
{
    QJsonObject report = jwt::inspectToken(token).toJson();
    report.insert(QStringLiteral("signature"),
                  (verification ? verification->signature : signatureNotChecked(token)).toJson());
    if (verification)
        report.insert(QStringLiteral("validation"), verification->validation.toJson());
    return report;
}

// The token's own JSON as one line: splicing it in avoids re-serialising every claim of every batch line.
QByteArray oneLineJson(const QByteArray &json)
{
    if (!json.contains('\n') && !json.contains('\r') && QString::fromUtf8(json).toUtf8() == json)
        return json;
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

void writeSignature(JsonLineWriter &json, const jwt::SignatureResult &signature)
{
    json.beginObject()
        .key("checked"_L1)
        .boolean(signature.checked)
        .key("valid"_L1)
        .boolean(signature.valid)
        .key("alg"_L1)
        .string(signature.alg)
        .key("kid"_L1)
        .string(signature.kid)
        .key("reason"_L1)
        .string(signature.reason)
        .endObject();
}

void writeValidation(JsonLineWriter &json, const jwt::ValidationReport &report)
{
    json.beginObject().key("passed"_L1).boolean(report.passed()).key("checks"_L1).beginArray();
    for (const jwt::ValidationCheck &check : report.checks) {
        json.beginObject()
            .key("name"_L1)
            .string(check.name)
            .key("status"_L1)
            .string(jwt::ValidationCheck::statusName(check.status));
        if (check.status == jwt::ValidationCheck::Status::Fail || check.status == jwt::ValidationCheck::Status::Warning)
            json.key("detail"_L1).string(check.detail);
        json.endObject();
    }
    json.endArray().endObject();
}

// One line of --batch output: line, kind, warnings, signature, (with --verify) validation with details only
// for the checks that did not pass, then the token's own header and payload JSON. Written directly as bytes:
// at thousands of tokens a second, building QJsonObjects cost more than verifying the signatures.
QByteArray batchLine(qsizetype lineNumber, const jwt::DecodedToken &token,
                     const std::optional<jwt::TokenVerification> &verification)
{
    JsonLineWriter json;
    json.beginObject().key("line"_L1).number(lineNumber);
    const jwt::KindGuess kind = jwt::guessKind(token);
    json.key("kind"_L1).beginObject().key("kind"_L1).string(kind.kindName()).key("grant"_L1).nullableString(kind.grant);
    json.key("reasons"_L1).beginArray();
    for (const QString &reason : kind.reasons)
        json.string(reason);
    json.endArray().endObject();
    json.key("warnings"_L1).beginArray();
    for (const jwt::InspectionWarning &warning : jwt::tokenWarnings(token, Clock::system().now()))
        json.beginObject().key("code"_L1).string(warning.code).key("message"_L1).string(warning.message).endObject();
    json.endArray();
    json.key("signature"_L1);
    writeSignature(json, verification ? verification->signature : signatureNotChecked(token));
    if (verification) {
        json.key("validation"_L1);
        writeValidation(json, verification->validation);
    }
    json.key("header"_L1).raw(oneLineJson(token.headerJson));
    json.key("payload"_L1).raw(oneLineJson(token.payloadJson));
    return json.endObject().bytes();
}

// Writes a UTF-8 line to the stream's device when it has one (stdout), skipping the text codec round trip.
void writeLine(QTextStream &out, const QByteArray &line)
{
    QIODevice *device = out.device();
    if (!device) {
        out << line << '\n';
        return;
    }
    out.flush();
    device->write(line);
    device->write("\n", 1);
}

QString signatureText(const jwt::SignatureResult &signature)
{
    if (signature.valid)
        return DecodeCommand::tr("valid (%1, kid %2)")
            .arg(signature.alg, signature.kid.isEmpty() ? DecodeCommand::tr("none") : signature.kid);
    if (signature.checked)
        return DecodeCommand::tr("INVALID: %1").arg(signature.reason);
    return signature.reason;
}

void printValidation(QTextStream &out, const jwt::ValidationReport &report)
{
    out << '\n' << DecodeCommand::tr("Validation") << '\n';
    for (const jwt::ValidationCheck &check : report.checks)
        out << "  " << jwt::ValidationCheck::statusName(check.status).leftJustified(8) << ' '
            << check.name.leftJustified(10) << ' ' << check.detail << '\n';
}

void printClaims(QTextStream &out, const QString &title, const QList<jwt::ClaimRow> &rows)
{
    out << title << '\n';
    for (const jwt::ClaimRow &row : rows) {
        out << "  " << row.name.leftJustified(12) << ' ' << compactJson(row.value) << '\n';
        if (!row.timeText.isEmpty())
            out << "  " << QString(12, QLatin1Char(' ')) << ' ' << row.timeText << '\n';
        out << "  " << QString(12, QLatin1Char(' ')) << ' ' << row.info.explanation << '\n';
    }
}

void printHuman(QTextStream &out, const jwt::TokenInspection &inspection,
                const std::optional<jwt::TokenVerification> &verification)
{
    out << DecodeCommand::tr("Token:") << ' ' << inspection.kind.describe() << '\n';
    for (const QString &reason : inspection.kind.reasons)
        out << "  - " << reason << '\n';
    out << DecodeCommand::tr("Signature:") << ' '
        << signatureText(verification ? verification->signature : signatureNotChecked(inspection.token)) << "\n\n";
    printClaims(out, DecodeCommand::tr("Header"), inspection.header);
    out << '\n';
    printClaims(out, DecodeCommand::tr("Payload"), inspection.payload);
    if (verification)
        printValidation(out, verification->validation);
    if (!inspection.warnings.isEmpty()) {
        out << '\n' << DecodeCommand::tr("Warnings") << '\n';
        for (const jwt::InspectionWarning &warning : inspection.warnings)
            out << "  ! " << warning.message << '\n';
    }
    if (!inspection.token.inputNotes.isEmpty()) {
        out << '\n' << DecodeCommand::tr("Notes") << '\n';
        for (const QString &note : inspection.token.inputNotes)
            out << "  - " << note << '\n';
    }
}

} // namespace

QString DecodeCommand::summary() const
{
    return tr("Decode a token: header, claims explained, times, kind, warnings.");
}

void DecodeCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("token"), tr("The token, or - (or nothing) to read standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    addTranslatedOptions(
        parser,
        {JsonOption, BatchOption, VerifyOption, IssuerOption, JwksOption, AudienceOption, ClientIdOption, LeewayOption},
        tr);
}

int DecodeCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(io, tr("expected one token, got %1 arguments.").arg(positional.size()));

    const bool verifying = parser.isSet(VerifyOption);
    if (verifying && !parser.isSet(IssuerOption) && !parser.isSet(JwksOption))
        return usageError(io, tr("--verify needs the keys: --issuer URL (the tenant's issuer) or --jwks FILE."));
    bool leewayOk = false;
    const int leeway = parser.value(LeewayOption).toInt(&leewayOk);
    if (!leewayOk || leeway < 0)
        return usageError(io, tr("--leeway takes a number of seconds, got '%1'.").arg(parser.value(LeewayOption)));
    Verifier keys;
    if (verifying) {
        if (const auto error = keys.open(parser))
            return usageError(io, error->message);
    }
    jwt::ValidationOptions validation;
    validation.issuer = keys.issuer();
    validation.audiences = parser.values(AudienceOption);
    validation.authorizedParty = parser.value(ClientIdOption);
    validation.leewaySeconds = leeway;
    auto verificationOf = [&](const jwt::DecodedToken &token) -> std::optional<jwt::TokenVerification> {
        if (!verifying)
            return std::nullopt;
        return keys.verify(token, validation);
    };

    if (parser.isSet(BatchOption)) {
        validation.describePassingChecks = false;
        if (!positional.isEmpty())
            return usageError(io, tr("--batch reads tokens from standard input; do not pass a token argument."));
        int failures = 0;
        qsizetype lineNumber = 0;
        QString line;
        while (io.in.readLineInto(&line)) {
            ++lineNumber;
            if (line.trimmed().isEmpty())
                continue;
            const auto decoded = jwt::decodeToken(line);
            if (decoded) {
                const auto verification = verificationOf(decoded.value());
                if (verification && !verification->genuineAndValid())
                    ++failures;
                writeLine(io.out, batchLine(lineNumber, decoded.value(), verification));
            } else {
                ++failures;
                const QJsonObject error{
                    {QStringLiteral("line"), lineNumber},
                    {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), decoded.error().code},
                                                          {QStringLiteral("message"), decoded.error().message}}}};
                writeLine(io.out, compactJsonLine(error));
            }
        }
        io.out.flush();
        return failures ? ExitFailure : ExitSuccess;
    }

    const auto token = decodeTokenArgument(name(), tr("token"), argumentOrStdin(positional, 0, io), io);
    if (!token)
        return ExitUsage;
    const auto verification = verificationOf(*token);
    if (parser.isSet(JsonOption))
        io.out << QJsonDocument(decodeReport(*token, verification)).toJson(QJsonDocument::Indented);
    else
        printHuman(io.out, jwt::inspectToken(*token), verification);
    io.out.flush();
    return verification && !verification->genuineAndValid() ? ExitFailure : ExitSuccess;
}

} // namespace orglens::cli
