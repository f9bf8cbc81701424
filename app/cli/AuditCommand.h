#pragma once

#include "Command.h"

namespace orglens::management {
class AuditLog;
}

namespace orglens::cli {

class ManagementSession;

// audit list|undo: the log of applied default_org_id changes and repairs, and undoing one.
class AuditCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;

private:
    int undoRepair(ManagementSession &session, const management::AuditLog &log, const QString &id,
                   const QCommandLineParser &parser, CommandIo &io) const;
};

} // namespace orglens::cli
