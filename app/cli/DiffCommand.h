#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli diff A B [--json] [--all]: claim-level differences between two tokens.
class DiffCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
