#pragma once

#include "Command.h"

namespace orglens::cli {

// doctor [--user USER] [--probe actions|exchange|all] [--json]: the tenant's org_id pipeline, step by step.
class DoctorCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::DoctorCommand)

public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
