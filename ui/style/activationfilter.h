#pragma once

#include <QObject>

class QWidget;

namespace wsdash {

// Makes a plain widget (a label) act like a link: a left click or Enter/Return/Space while it
// has focus emits activated(); it takes focus by Tab and is underlined while focused.
class ActivationFilter final : public QObject
{
    Q_OBJECT

public:
    explicit ActivationFilter(QWidget* target);

Q_SIGNALS:
    void activated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_target;
};

} // namespace wsdash
