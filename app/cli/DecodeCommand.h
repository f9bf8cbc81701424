#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli decode [TOKEN|-] [--json] [--batch]: header, claims with explanations, kind, warnings.
class DecodeCommand : public Command {
public:
    QString name() const override { return QStringLiteral("decode"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
