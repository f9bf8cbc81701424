#include "Command.h"
#include "DecodeCommand.h"
#include "DemoTenantCommand.h"
#include "DiffCommand.h"

// The registry of orglens-cli verbs: adding a command is one class and one line here.

namespace orglens::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DecodeCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<DemoTenantCommand>());
    return commands;
}

} // namespace orglens::cli
