#pragma once

#include "Command.h"
#include "jwt/TokenDecoder.h"

#include <optional>

namespace orglens::cli {

// Decodes a token given on the command line (or "-"/absent: standard input). On failure prints
// "orglens-cli <command>: <where>: <decoder message>" to stderr and returns nothing.
std::optional<jwt::DecodedToken> decodeTokenArgument(const QString &command, const QString &where, const QString &text,
                                                     CommandIo &io);

} // namespace orglens::cli
