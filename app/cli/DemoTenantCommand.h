#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli demo-tenant: runs the built-in demo tenant on 127.0.0.1 until SIGINT/SIGTERM.
// Prints {"issuer":...,"port":...} once listening, then one JSON line per tenant event.
class DemoTenantCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::DemoTenantCommand)

public:
    QString name() const override { return QStringLiteral("demo-tenant"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
