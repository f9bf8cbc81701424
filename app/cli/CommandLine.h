#pragma once

#include "Command.h"

namespace orglens::cli {

// Entry point of orglens-cli: dispatches `arguments` (argv without the program name) to a command.
int runCommandLine(const QStringList &arguments, CommandIo &io);

} // namespace orglens::cli
