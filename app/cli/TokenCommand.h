#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli token client-credentials: a machine-to-machine token (Management API by default).
class TokenCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::TokenCommand)

public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
