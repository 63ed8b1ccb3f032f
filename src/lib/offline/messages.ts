/** Messages between the pages and the service worker. */

/** Page → worker: the learner asked for the new version; the waiting worker may take over now. */
export interface SkipWaitingMessage {
	type: 'skip-waiting';
}

/** Page → worker, with a MessagePort for the answer: is the whole course in the cache? */
export interface StatusRequest {
	type: 'status';
}

export type PageMessage = SkipWaitingMessage | StatusRequest;

/** Worker → page, on the port of a StatusRequest. */
export interface StatusReply {
	type: 'status';
	version: string;
	/** Files the course needs offline, and how many of them are in the cache now. */
	total: number;
	cached: number;
}

export function isPageMessage(data: unknown): data is PageMessage {
	const type = (data as { type?: unknown } | null)?.type;
	return type === 'skip-waiting' || type === 'status';
}

export function isStatusReply(data: unknown): data is StatusReply {
	const reply = data as Partial<StatusReply> | null;
	return (
		reply?.type === 'status' &&
		typeof reply.version === 'string' &&
		typeof reply.total === 'number' &&
		typeof reply.cached === 'number'
	);
}
