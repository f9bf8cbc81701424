#pragma once

#include "Command.h"

namespace orglens::cli {

// users get|search|by-email|orgs|set-default-org|bulk-set-default-org: Management API user reads and safe edits
// of app_metadata.default_org_id.
class UsersCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;

private:
    int setDefaultOrg(const QCommandLineParser &parser, const QStringList &arguments, CommandIo &io);
    int bulkSetDefaultOrg(const QCommandLineParser &parser, const QStringList &arguments, CommandIo &io);
};

} // namespace orglens::cli
