#include "DecodeCommand.h"

#include "TokenInput.h"
#include "common/JsonText.h"
#include "jwt/Jwt.h"

#include <QCoreApplication>

namespace orglens::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("orglens::cli::DecodeCommand", text);
}

const QCommandLineOption JsonOption(QStringLiteral("json"), tr("Print one JSON object (documented in the README)."));
const QCommandLineOption BatchOption(QStringLiteral("batch"),
                                     tr("Read one token per line from standard input; print one JSON object per line. "
                                        "A bad line gives an error object and the batch goes on."));

QJsonObject signatureNotChecked(const jwt::DecodedToken &token)
{
    return {{QStringLiteral("checked"), false},
            {QStringLiteral("valid"), false},
            {QStringLiteral("alg"), token.alg()},
            {QStringLiteral("kid"), token.kid()},
            {QStringLiteral("reason"), tr("not checked: pass --verify with --issuer URL or --jwks FILE")}};
}

QJsonObject decodeReport(const jwt::DecodedToken &token)
{
    QJsonObject report = jwt::inspectToken(token).toJson();
    report.insert(QStringLiteral("signature"), signatureNotChecked(token));
    return report;
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

void printHuman(QTextStream &out, const jwt::TokenInspection &inspection)
{
    const jwt::KindGuess &kind = inspection.kind;
    QString kindText = kind.kind == jwt::TokenKind::IdToken       ? tr("ID token")
                       : kind.kind == jwt::TokenKind::AccessToken ? tr("access token")
                                                                  : tr("unknown kind");
    if (!kind.grant.isEmpty())
        kindText += tr(" (grant: %1)").arg(kind.grant);
    out << tr("Token:") << ' ' << kindText << '\n';
    for (const QString &reason : kind.reasons)
        out << "  - " << reason << '\n';
    out << tr("Signature:") << ' ' << signatureNotChecked(inspection.token).value(QStringLiteral("reason")).toString()
        << "\n\n";
    printClaims(out, tr("Header"), inspection.header);
    out << '\n';
    printClaims(out, tr("Payload"), inspection.payload);
    if (!inspection.warnings.isEmpty()) {
        out << '\n' << tr("Warnings") << '\n';
        for (const jwt::InspectionWarning &warning : inspection.warnings)
            out << "  ! " << warning.message << '\n';
    }
    if (!inspection.token.inputNotes.isEmpty()) {
        out << '\n' << tr("Notes") << '\n';
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
    parser.addOption(JsonOption);
    parser.addOption(BatchOption);
}

int DecodeCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(io, tr("expected one token, got %1 arguments.").arg(positional.size()));

    if (parser.isSet(BatchOption)) {
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
            QJsonObject result;
            if (decoded) {
                result = decodeReport(decoded.value());
            } else {
                ++failures;
                result = {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), decoded.error().code},
                                                                {QStringLiteral("message"), decoded.error().message}}}};
            }
            result.insert(QStringLiteral("line"), lineNumber);
            io.out << compactJsonLine(result) << '\n';
        }
        io.out.flush();
        return failures ? ExitFailure : ExitSuccess;
    }

    const auto token = decodeTokenArgument(name(), tr("token"), argumentOrStdin(positional, 0, io), io);
    if (!token)
        return ExitUsage;
    if (parser.isSet(JsonOption))
        io.out << QJsonDocument(decodeReport(*token)).toJson(QJsonDocument::Indented);
    else
        printHuman(io.out, jwt::inspectToken(*token));
    io.out.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
