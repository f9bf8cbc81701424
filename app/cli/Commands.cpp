#include "ActionsCommand.h"
#include "AuditCommand.h"
#include "Command.h"
#include "DecodeCommand.h"
#include "DemoTenantCommand.h"
#include "DiffCommand.h"
#include "DoctorCommand.h"
#include "ExchangeCommand.h"
#include "ExplainCommand.h"
#include "LoginCommand.h"
#include "OrgsCommand.h"
#include "PreflightCommand.h"
#include "ProfileCommand.h"
#include "RefreshCommand.h"
#include "RepairCommand.h"
#include "RevokeCommand.h"
#include "TokenCommand.h"
#include "UsersCommand.h"

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
    commands.push_back(std::make_unique<UsersCommand>());
    commands.push_back(std::make_unique<OrgsCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<ActionsCommand>());
    commands.push_back(std::make_unique<PreflightCommand>());
    commands.push_back(std::make_unique<ExplainCommand>());
    commands.push_back(std::make_unique<DoctorCommand>());
    commands.push_back(std::make_unique<RepairCommand>());
    return commands;
}

} // namespace orglens::cli
