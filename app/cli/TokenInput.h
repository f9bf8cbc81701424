#pragma once

#include "Command.h"
#include "jwt/TokenDecoder.h"

#include <optional>

namespace orglens::cli {

// Decodes a token given on the command line (or "-"/absent: standard input). On failure prints
// "orglens-cli <command>: <where>: <decoder message>" to stderr and returns nothing.
std::optional<jwt::DecodedToken> decodeTokenArgument(const QString &command, const QString &where, const QString &text,
                                                     CommandIo &io);

// Says on stderr how the input was read ("Note: token A: Removed line breaks/spaces inside the token."), so that
// standard output stays the result alone.
void printInputNotes(const QString &where, const QStringList &notes, CommandIo &io);

} // namespace orglens::cli
