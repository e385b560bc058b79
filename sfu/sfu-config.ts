/** What the SFU needs to know about the network; filled from the server's configuration. */
export interface SfuConfig {
  workers: number;
  listenIp: string;
  /** The address put in ICE candidates: the one browsers can reach. */
  announcedAddress: string;
  minPort: number;
  maxPort: number;
  logLevel?: 'debug' | 'warn' | 'error' | 'none';
}
