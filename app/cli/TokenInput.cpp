#include "TokenInput.h"

#include <QCoreApplication>

namespace orglens::cli {

namespace {

// The translation context of this file's messages.
struct TokenInput {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::TokenInput)
};

} // namespace

std::optional<jwt::DecodedToken> decodeTokenArgument(const QString &command, const QString &where, const QString &text,
                                                     CommandIo &io)
{
    auto decoded = jwt::decodeToken(text);
    if (decoded)
        return std::move(decoded).value();
    io.err << "orglens-cli " << command << ": " << where << ": " << decoded.error().message << '\n';
    io.err.flush();
    return std::nullopt;
}

void printInputNotes(const QString &where, const QStringList &notes, CommandIo &io)
{
    for (const QString &note : notes)
        io.err << TokenInput::tr("Note: %1: %2").arg(where, note) << '\n';
    io.err.flush();
}

} // namespace orglens::cli
