#include "Command.h"
#include "DecodeCommand.h"
#include "DemoTenantCommand.h"
#include "DiffCommand.h"
#include "ExchangeCommand.h"
#include "LoginCommand.h"
#include "ProfileCommand.h"
#include "RefreshCommand.h"
#include "RevokeCommand.h"
#include "TokenCommand.h"

// The registry of orglens-cli verbs: adding a command is one class and one line here.

namespace orglens::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DecodeCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<DemoTenantCommand>());
    commands.push_back(std::make_unique<ProfileCommand>());
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<RefreshCommand>());
    commands.push_back(std::make_unique<RevokeCommand>());
    commands.push_back(std::make_unique<TokenCommand>());
    commands.push_back(std::make_unique<ExchangeCommand>());
    return commands;
}

} // namespace orglens::cli
