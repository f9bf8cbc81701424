#pragma once

#include "Command.h"

namespace orglens::cli {

// repair [--user USER] [--set-default-org [--org ORG]] [--position N] [--unbind ACTION]... (--plan | --dry-run |
// --apply --yes) [--json]: the fix of the tenant's org_id pipeline, planned, shown, applied with one audit entry.
class RepairCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::RepairCommand)

public:
    QString name() const override { return QStringLiteral("repair"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
