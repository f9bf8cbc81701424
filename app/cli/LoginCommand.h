#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli login device|pkce: user logins with the profile's native application.
class LoginCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::LoginCommand)

public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
