/** The former name of useRequest, kept for the settings page's components until they import useRequest. */
export { useRequest as useRunner } from '@/utils/ui/use-request';
