#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli exchange: Custom Token Exchange (RFC 8693) and the claim diff between subject and new token.
class ExchangeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::ExchangeCommand)

public:
    QString name() const override { return QStringLiteral("exchange"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
