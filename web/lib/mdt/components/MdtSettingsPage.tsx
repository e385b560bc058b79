'use client';
import { useCallback, useState } from 'react';
import { useAdminData } from '../../admin/use-admin-data';
import { M, mdtCall, type MdtTeamSettings } from '../mdt-api';
import { ukWhen } from '../meeting-dates';
import { MdtFrame } from './MdtFrame';
import { SettingsForm } from './SettingsForm';
import { SettingsSummary } from './SettingsSummary';
import { SuccessBanner } from './SuccessBanner';

/**
 * An MDT's settings: its coordinators and clinicians change them, the rest of the team reads them
 * (the server says which in `canManage`, and refuses a change from anyone else all the same).
 */
export function MdtSettingsPage({ id }: { id: string }) {
  const { loaded } = useAdminData(useCallback(() => mdtCall(M.settings, { params: { id } }), [id]));
  const [saved, setSaved] = useState<MdtTeamSettings>();
  return (
    <MdtFrame title="MDT settings" back={{ href: '/mdt', text: 'MDT meetings' }} loaded={loaded}>
      {(read) => {
        const settings = saved ?? read;
        return (
          <>
            {saved ? <SuccessBanner id="settings-saved" heading="Settings saved" key={saved.changed?.at} /> : null}
            <p className="nhsuk-lede-text">{settings.name}</p>
            <p className="nhsuk-body-s" data-testid="settings-changed">
              {settings.changed
                ? `Last changed by ${settings.changed.by} on ${ukWhen(settings.changed.at)} (UK time).`
                : 'Not set up yet.'}
            </p>
            {settings.canManage ? (
              <SettingsForm settings={settings} onSaved={setSaved} />
            ) : (
              <SettingsSummary settings={settings} />
            )}
          </>
        );
      }}
    </MdtFrame>
  );
}
