#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>
#include <QString>

namespace orglens {

// Text from servers, CSV files and tokens can carry characters that rewrite a terminal: escape sequences (ESC, CSI),
// other C0 and C1 controls, DEL, a carriage return that overwrites the line, and the Unicode bidirectional controls
// that reorder what is shown (U+202E "right-to-left override" …). These become visible escapes ("\u001b",
// "\u202e"); tab and line feed stay. Inside JSON strings the escapes are valid JSON for the same characters.
QString terminalSafe(QStringView text);

// A write-only device that passes everything to `target` through terminalSafe(), for the CLI's standard output and
// error. A UTF-8 sequence split across two writes is held back until it is whole.
class TerminalSafeDevice : public QIODevice {
public:
    explicit TerminalSafeDevice(QIODevice *target, QObject *parent = nullptr);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<QIODevice> m_target;
    QByteArray m_pending; // an incomplete UTF-8 sequence from the end of the last write
};

} // namespace orglens
