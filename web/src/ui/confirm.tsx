import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

/**
 * A destructive action asks once: the dialog says what will happen, and the action runs only
 * on confirm. `children` may hold fields the action needs (a reason to reject, say).
 */
export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
  children,
  disabled,
  variant = 'secondary',
  danger = true,
}: {
  label: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<boolean | void> | boolean | void;
  children?: ReactNode;
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'tertiary';
  danger?: boolean;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button
        variant={variant}
        data-size="sm"
        data-color={danger ? 'danger' : undefined}
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </Button>
      <Dialog ref={dialog} closedby="any">
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void Promise.resolve(onConfirm()).then((keepOpen) => {
              if (keepOpen !== true) dialog.current?.close();
            });
          }}
        >
          <Heading level={2} data-size="sm">
            {title}
          </Heading>
          <Paragraph>{description}</Paragraph>
          {children}
          <div className="row">
            <Button type="submit" data-color={danger ? 'danger' : undefined}>
              {confirmLabel}
            </Button>
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t.app.cancel}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
