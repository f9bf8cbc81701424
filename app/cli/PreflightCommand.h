#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli preflight --flow device|pkce|client-credentials|refresh|exchange|password [--organization O]
//   [--user U] [--json] + profile options: predicts whether the login's tokens will carry org_id and the namespaced
// org claim, and why not. With --user the user, the user's organizations and the application are read with the
// profile's machine-to-machine application.
class PreflightCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::PreflightCommand)

public:
    QString name() const override { return QStringLiteral("preflight"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
