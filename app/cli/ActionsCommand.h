#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli actions generate --namespace URL [--issuer URL|--profile P] [--audience A]
//   [--which post-login|token-exchange|both] [--out DIR]: the Post-Login and Custom Token Exchange Actions with the
// namespace, issuer and audience filled in; printed, or written to DIR as post-login.js / token-exchange.js.
class ActionsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::ActionsCommand)

public:
    QString name() const override { return QStringLiteral("actions"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
