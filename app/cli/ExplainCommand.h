#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli explain [TOKEN|-] [--flow F] [--check-user] [--check-tenant [--probe P]] [--report FILE] [--json]: why
// the token has no org_id, with evidence and fixes (the explain engine of core/explain; --check-tenant feeds it the
// tenant doctor's checklist).
class ExplainCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::ExplainCommand)

public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
