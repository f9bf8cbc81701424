#pragma once

#include "Command.h"

namespace orglens::cli {

// audit list|undo: the log of applied default_org_id changes, and undoing one.
class AuditCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
