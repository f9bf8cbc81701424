#include "TokenInput.h"

namespace orglens::cli {

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

} // namespace orglens::cli
