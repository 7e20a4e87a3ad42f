/** What the bot sends Discord in a reply, as the e2e tests read it (the parts they check). */
export interface ReplyData {
  content?: string;
  flags?: number;
  embeds?: {
    title?: string;
    description?: string;
    author?: { name: string };
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }[];
  components?: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions?: unknown;
  choices?: { name: string; value: string }[];
}

/** An interaction callback's body: its type (4 reply, 5 deferral, 8 autocomplete, …) and data. */
export interface CallbackBody {
  type: number;
  data?: ReplyData;
}
